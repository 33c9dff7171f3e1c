package extract

// Test helpers shared with the extract_test package's benchmarks.
var (
	BenchCorpus = stageArticles // the news articles, repeated to ~300 KB
	NFCFloor    = stageFloor    // one norm.NFC.Bytes pass over them, in ns
)
