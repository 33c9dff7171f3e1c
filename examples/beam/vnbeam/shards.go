package vnbeam

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// WriteSharded writes the lines of col (a PCollection of strings, one
// line each) to numShards files named prefix-SSSSS-of-NNNNN+suffix, like
// "gs://bucket/out/results-00003-of-00016.jsonl", on any registered Beam
// filesystem. A line goes to the shard of its hash, so a retried shard is
// rewritten with the same lines. A shard that receives no line is not
// written: read the output with the glob prefix-*.
func WriteSharded(s beam.Scope, prefix, suffix string, numShards int, col beam.PCollection) {
	s = s.Scope("WriteSharded")
	filesystem.ValidateScheme(prefix)
	if numShards < 1 {
		numShards = 1
	}
	keyed := beam.ParDo(s, &shardKeyFn{Shards: numShards}, col)
	grouped := beam.GroupByKey(s, keyed)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Suffix: suffix, Shards: numShards}, grouped)
}

// ShardName is the name of shard i of n: prefix-SSSSS-of-NNNNN+suffix.
func ShardName(prefix, suffix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

// shardKeyFn keys each line with its shard.
type shardKeyFn struct {
	Shards int `json:"shards"`
}

func (fn *shardKeyFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, fn.Suffix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		if err := w.WriteByte('\n'); err != nil {
			fd.Close()
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
