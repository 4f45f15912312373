package com.orderkeep.alternatives.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A Lucene index of listings for finding the same kind of goods from other merchants. Titles and attributes are cut
 * into words by smartcn; the category is matched exactly. Every product stays in the index whatever its status, so a
 * delisted product can still be asked for its alternatives; only those on sale are ever answered.
 * <p>
 * A search asks, in the same category, for the words of the source's title that name its kind ({@link KindWords}),
 * each weighted by how surely it does (and, much weaker, for its attributes), and ranks by BM25. A candidate must
 * share at least {@link #MIN_RELEVANCE} of the weight of those words: a product that shares only the stuffing or a
 * word or two with the source (保温饭盒 for 保温杯) is not the same kind, and is left out rather than shown.
 * Plain Java: the service and the offline evaluation use the same class.
 */
final class ListingIndex implements AutoCloseable {

	/** The least share of the weight of the source's kind words a candidate must have to count as the same kind. */
	static final double MIN_RELEVANCE = 0.6;

	private static final String ID = "id";
	private static final String MERCHANT = "merchant";
	private static final String CATEGORY = "category";
	private static final String ON_SALE = "onSale";
	private static final String TITLE = "title";
	private static final String ATTRIBUTES = "attributes";
	private static final float ATTRIBUTE_BOOST = 0.05f;
	/** Words that say less of the kind than this are left out of the search: they match any kind. */
	private static final double MIN_WORD_WEIGHT = 0.05;
	/** Words after which a title names a giveaway (送钢化膜, 配数据线), not the goods themselves. */
	private static final Set<String> GIVEAWAY = Set.of("送", "赠", "配", "赠送", "搭配", "加送", "附赠");

	/** A listing as the index keeps it. */
	record Entry(String productId, String merchantId, String title, String category, String attributes,
			boolean onSale) {
	}

	private record Counted(String category, Set<String> words) {
	}

	/** A candidate with its relevance: the share of the weight of the source's kind words it has too. */
	record Hit(String productId, String merchantId, double relevance) {
	}

	private final Analyzer words;
	private final Analyzer analyzer;
	private final KindWords kindWords = new KindWords();
	/** What each listing added to {@link #kindWords}, to take it back when the listing changes. */
	private final Map<String, Counted> counted = new java.util.concurrent.ConcurrentHashMap<>();
	private final IndexWriter writer;
	private final SearcherManager searchers;

	ListingIndex() {
		Analyzer words = new SmartChineseAnalyzer();
		this.words = words;
		this.analyzer = new PerFieldAnalyzerWrapper(words, Map.of(CATEGORY, new KeywordAnalyzer(), TITLE,
				new WhitespaceAnalyzer()));
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer);
			config.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Adds the listing, or replaces what the index had of it. */
	void put(Entry entry) {
		Document doc = new Document();
		doc.add(new StringField(ID, entry.productId(), Field.Store.YES));
		doc.add(new StringField(MERCHANT, entry.merchantId(), Field.Store.YES));
		doc.add(new StringField(CATEGORY, normalCategory(entry.category()), Field.Store.NO));
		doc.add(new StringField(ON_SALE, Boolean.toString(entry.onSale()), Field.Store.NO));
		Set<String> titleWords = titleWords(entry.title());
		doc.add(new TextField(TITLE, String.join(" ", titleWords), Field.Store.NO));
		doc.add(new TextField(ATTRIBUTES, entry.attributes(), Field.Store.NO));
		Counted words = new Counted(normalCategory(entry.category()), titleWords);
		Counted before = counted.put(entry.productId(), words);
		if (before != null) {
			kindWords.remove(before.category(), before.words());
		}
		kindWords.add(words.category(), words.words());
		try {
			writer.updateDocument(new Term(ID, entry.productId()), doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Makes what was put so far visible to searches. */
	void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Listings on sale of the same kind as the source, from merchants other than {@code excludedMerchant}, most
	 * relevant first, at most {@code limit}.
	 */
	List<Hit> similar(Entry source, String excludedMerchant, int limit) {
		Map<String, Double> weights = queryWeights(source);
		if (weights.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		weights.forEach((word, weight) -> words
			.add(new BoostQuery(new TermQuery(new Term(TITLE, word)), weight.floatValue()), Occur.SHOULD));
		for (String word : terms(ATTRIBUTES, source.attributes())) {
			words.add(new BoostQuery(new TermQuery(new Term(ATTRIBUTES, word)), ATTRIBUTE_BOOST), Occur.SHOULD);
		}
		Query candidates = new BooleanQuery.Builder()
			.add(words.build(), Occur.MUST)
			.add(new TermQuery(new Term(CATEGORY, normalCategory(source.category()))), Occur.FILTER)
			.add(new TermQuery(new Term(ON_SALE, "true")), Occur.FILTER)
			.add(new TermQuery(new Term(MERCHANT, excludedMerchant)), Occur.MUST_NOT)
			.add(new TermQuery(new Term(ID, source.productId())), Occur.MUST_NOT)
			.build();
		double whole = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopDocs top = searcher.search(candidates, new TopScoreDocCollectorManager(limit, null, limit, false));
				List<Hit> hits = new ArrayList<>();
				var stored = searcher.storedFields();
				for (ScoreDoc scored : top.scoreDocs) {
					Document doc = stored.document(scored.doc, Set.of(ID, MERCHANT));
					Counted words2 = counted.get(doc.get(ID));
					double shared = 0;
					if (words2 != null) {
						for (Map.Entry<String, Double> word : weights.entrySet()) {
							if (words2.words().contains(word.getKey())) {
								shared += word.getValue();
							}
						}
					}
					double relevance = shared / whole;
					if (relevance >= MIN_RELEVANCE) {
						hits.add(new Hit(doc.get(ID), doc.get(MERCHANT), relevance));
					}
				}
				return hits;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The source's title words that say something of its kind, each weighted by how surely it names the kind
	 * ({@link KindWords}); every word weighs the same where the category is too small to tell.
	 */
	private Map<String, Double> queryWeights(Entry source) {
		Map<String, Double> learnt = kindWords.weights(normalCategory(source.category()));
		Map<String, Double> weights = new java.util.LinkedHashMap<>();
		for (String word : titleWords(source.title())) {
			double weight = learnt.isEmpty() ? 1.0 : learnt.getOrDefault(word, 0.0);
			if (weight >= MIN_WORD_WEIGHT) {
				weights.put(word, weight);
			}
		}
		return weights;
	}

	/** The words of a title, giveaways left out. */
	Set<String> titleWords(String title) {
		Set<String> kept = new LinkedHashSet<>();
		boolean giveaway = false;
		for (String word : cut(title)) {
			if (GIVEAWAY.contains(word)) {
				giveaway = true;
				continue;
			}
			if (!giveaway) {
				kept.add(word);
			}
			giveaway = false;
		}
		return kept;
	}

	private List<String> cut(String text) {
		List<String> cut = new ArrayList<>();
		try (TokenStream tokens = words.tokenStream(TITLE, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && cut.size() < 64) {
				cut.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return cut;
	}

	/** The distinct words the analyzer cuts the text into, at most 64. */
	Set<String> terms(String field, String text) {
		Set<String> words = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && words.size() < 64) {
				words.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return words;
	}

	private static String normalCategory(String category) {
		return category.strip().toLowerCase(java.util.Locale.ROOT);
	}

	int size() {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			searchers.close();
			writer.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
