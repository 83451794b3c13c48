package org.normative.standards.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.normative.standards.StandardsException;
import org.normative.standards.library.Clause;
import org.normative.standards.library.Edition;
import org.normative.standards.library.EditionContent;
import org.normative.standards.library.Requirement;
import org.normative.standards.library.Standard;
import org.normative.standards.library.Term;

/**
 * A Lucene index over codes, titles, clause text, requirements and terms of every edition, kept in the workspace
 * ({@code index/}). Text is analysed with Lucene's CJK analyser: Latin words are lower-cased words, Chinese runs
 * become overlapping character bigrams, so "身份认证" finds "统一身份认证" without any word dictionary. The index
 * remembers the audit sequence number it was built at; {@link LibrarySearch} rebuilds it when the library moved on.
 */
public final class SearchIndex implements AutoCloseable {

    static final String KIND = "kind";
    static final String CODE = "code";
    static final String EDITION = "edition";
    static final String KEY = "key";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String BUILT_AT = "normative.auditSeq";

    private final Directory directory;
    private final Analyzer analyzer = new CJKAnalyzer();

    public SearchIndex(Path folder) throws StandardsException {
        try {
            Files.createDirectories(folder);
            this.directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new StandardsException(e, "search.io", e.getMessage());
        }
    }

    /** The audit sequence number the index was built at, or -1 when there is no index yet. */
    public long builtAt() throws StandardsException {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return -1;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String value = reader.getIndexCommit().getUserData().get(BUILT_AT);
                return value == null ? -1 : Long.parseLong(value);
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /** Supplies the content of each edition while the index is rebuilt. */
    @FunctionalInterface
    public interface ContentSource {
        EditionContent content(Edition edition) throws StandardsException;
    }

    /** Replaces the whole index with the given standards and their editions' content. */
    public void rebuild(List<Standard> standards, ContentSource contents, long auditSeq) throws StandardsException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Standard standard : standards) {
                addStandard(writer, standard, contents);
            }
            writer.setLiveCommitData(Map.of(BUILT_AT, Long.toString(auditSeq)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new StandardsException(e, "search.io", e.getMessage());
        }
    }

    /**
     * Replaces the documents of the given standards (deleted ones simply disappear) and records {@code auditSeq}:
     * an edit re-indexes one standard, not the library.
     */
    public void replaceStandards(java.util.Collection<String> codes, List<Standard> current, ContentSource contents,
                                 long auditSeq) throws StandardsException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (String code : codes) {
                writer.deleteDocuments(new org.apache.lucene.index.Term(CODE, code));
            }
            for (Standard standard : current) {
                addStandard(writer, standard, contents);
            }
            writer.setLiveCommitData(Map.of(BUILT_AT, Long.toString(auditSeq)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new StandardsException(e, "search.io", e.getMessage());
        }
    }

    private void addStandard(IndexWriter writer, Standard standard, ContentSource contents)
            throws IOException, StandardsException {
        writer.addDocument(document(SearchHit.Kind.STANDARD, standard.code(), "", standard.code(),
                standard.code() + " " + nullToEmpty(standard.title().en()) + " " + nullToEmpty(standard.title().zh()), ""));
        for (Edition edition : standard.editions()) {
            add(writer, standard, edition, contents.content(edition));
        }
    }

    private void add(IndexWriter writer, Standard standard, Edition edition, EditionContent content) throws IOException {
        String code = standard.code();
        for (Clause clause : content.allClauses()) {
            writer.addDocument(document(SearchHit.Kind.CLAUSE, code, edition.label(), clause.number(),
                    clause.number() + " " + clause.heading(), clause.body()));
        }
        for (Requirement requirement : content.requirements()) {
            writer.addDocument(document(SearchHit.Kind.REQUIREMENT, code, edition.label(), requirement.id(),
                    requirement.id(), requirement.statement()));
        }
        for (Term term : content.terms()) {
            writer.addDocument(document(SearchHit.Kind.TERM, code, edition.label(), term.key(), term.term(),
                    term.definition()));
        }
    }

    private static Document document(SearchHit.Kind kind, String code, String edition, String key, String title,
                                     String text) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new StringField(CODE, code, Field.Store.YES));
        doc.add(new StoredField(EDITION, edition));
        doc.add(new StoredField(KEY, key));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new TextField(TEXT, text == null ? "" : text, Field.Store.YES));
        return doc;
    }

    /** The best matches for the query, at most {@code limit}; every word of the query must match. */
    public List<SearchHit> search(String queryText, int limit) throws StandardsException {
        Query query = query(queryText);
        if (query == null) {
            return List.of();
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return List.of();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                TopDocs top = searcher.search(query, limit);
                List<String> tokens = tokens(queryText);
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(scoreDoc.doc);
                    hits.add(new SearchHit(SearchHit.Kind.valueOf(doc.get(KIND)), doc.get(CODE), doc.get(EDITION),
                            doc.get(KEY), doc.get(TITLE), Snippets.around(doc.get(TEXT), tokens, 160), scoreDoc.score));
                }
                return hits;
            }
        } catch (IOException e) {
            throw new StandardsException(e, "search.io", e.getMessage());
        }
    }

    private Query query(String text) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query inTitle = builder.createBooleanQuery(TITLE, text, BooleanClause.Occur.MUST);
        Query inText = builder.createBooleanQuery(TEXT, text, BooleanClause.Occur.MUST);
        if (inTitle == null && inText == null) {
            return null;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (inTitle != null) {
            either.add(new BoostQuery(inTitle, 2f), BooleanClause.Occur.SHOULD);
        }
        if (inText != null) {
            either.add(inText, BooleanClause.Occur.SHOULD);
        }
        return either.build();
    }

    private List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString().toLowerCase(Locale.ROOT));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void close() {
        analyzer.close();
        try {
            directory.close();
        } catch (IOException ignored) {
            // nothing to save: the index is rebuilt when needed
        }
    }
}
