package org.normative.conformance.report.signing;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;

import java.security.MessageDigest;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;
import org.normative.conformance.ConformanceException;

/**
 * A detached CMS signature (PKCS#7, {@code .p7s}) over a report's bytes, with the signer's certificate inside, as
 * BouncyCastle makes and checks it. The same CMS structure is what PAdES puts into a PDF.
 */
public final class DetachedSignature {

    /** What a signature says about its signer, and whether it matches the content. */
    public record Check(boolean valid, String signer, Date signingTime, String problem) {
    }

    private DetachedSignature() {
    }

    public static byte[] sign(byte[] content, SigningKey key) throws ConformanceException {
        try {
            String algorithm = key.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            // the signing-certificate-v2 attribute binds the certificate to the signature (CAdES / PAdES baseline B)
            ASN1EncodableVector signed = new ASN1EncodableVector();
            signed.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                    new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded()))))));
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(signed)))
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (OperatorCreationException | CertificateException | CMSException | IOException
                 | java.security.NoSuchAlgorithmException e) {
            throw new ConformanceException(e, "signing.failed", e.getMessage());
        }
    }

    /** Checks a detached signature against the content; a broken or non-matching one is {@code valid=false}. */
    public static Check verify(byte[] content, byte[] signature) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), firstObject(signature));
            Store<X509CertificateHolder> certificates = signed.getCertificates();
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return new Check(false, "", null, "no signer");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new Check(false, "", null, "the signer's certificate is not in the signature");
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            boolean valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return new Check(valid, certificate.getSubjectX500Principal().getName(), signingTime(signer),
                    valid ? null : "the content does not match the signature");
        } catch (CMSException e) {
            return new Check(false, "", null, "the content does not match the signature (" + e.getMessage() + ")");
        } catch (OperatorCreationException | CertificateException | RuntimeException e) {
            return new Check(false, "", null, "the signature cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The CMS structure without the zero padding a PDF's signature field carries after it. */
    private static byte[] firstObject(byte[] signature) throws CMSException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(signature)) {
            org.bouncycastle.asn1.ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new CMSException("the signature is empty");
            }
            return object.getEncoded();
        } catch (IOException e) {
            throw new CMSException("the signature is not a CMS structure", e);
        }
    }

    private static Date signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute time = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        return time == null ? null : Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
    }
}
