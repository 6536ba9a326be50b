using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Streaming walks read as the <c>foreach</c> they spell (HeldOut71): a <c>LinkedList&lt;T&gt;</c> walked by its nodes
/// (<c>for (var n = list.First; n != null; n = n.Next) … n.Value</c>, the <c>while</c> form, <c>Last</c>/<c>Previous</c>)
/// walks the list's elements as <c>foreach (var v in list)</c> does; <c>await foreach (var (id, logits) in stream)</c>
/// deconstructs each element of an <c>IAsyncEnumerable</c> of records as the synchronous loop does.
/// </summary>
public class SoftmaxModelStreamWalkTests
{
    /// <summary>Node walks over <c>rows</c> (a <c>LinkedList</c> of rows) binding <c>{row}</c>; <c>{t}</c> is the element type.</summary>
    public static TheoryData<string, string, string> NodeWalks => new()
    {
        { "for (var cur = rows.First; cur is not null; cur = cur.Next) {", "cur.Value", "float" },
        { "for (LinkedListNode<{t}[]>? cur = rows.First; cur != null; cur = cur.Next) {", "cur.Value", "double" },
        { "var cur = rows.First; while (cur is not null) { var row = cur.Value; cur = cur.Next;", "row", "double" },
        { "LinkedListNode<{t}[]>? cur = rows.First; while (cur != null) { {t}[] row = cur.Value; cur = cur.Next;", "row", "float" },
        { "for (var cur = rows.Last; cur is not null; cur = cur.Previous) {", "cur.Value", "double" },
    };

    /// <summary>
    /// HeldOut71's <c>LinkedList_ColumnPeaksRowSums</c>: peaks folded down the columns by a <c>foreach</c>, sums along each
    /// row by a node walk → LG0004 at the fold (rows [[0, 1000], [1000, 0]]: every row is shifted by 1000 in one column
    /// and by 1000 too much in the other, NaN after underflow); the row's own max in the walk is silent, and so are
    /// column peaks with column sums (softmax down each column, max and sum on one axis).
    /// </summary>
    [Theory]
    [MemberData(nameof(NodeWalks))]
    public async Task LinkedListNodeWalk_ColumnPeaksRowSumsIsLG0004_RowPeaksAndColumnSumsSilent(string walk, string row, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var max = type == "float" ? "MathF.Max" : "Math.Max";
        var head = walk.Replace("{t}", type);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static LinkedList<{{type}}[]> ColumnPeaks(LinkedList<{{type}}[]> rows)
                {
                    int width = rows.First!.Value.Length;
                    var peak = new {{type}}[width];
                    Array.Fill(peak, {{type}}.NegativeInfinity);
                    foreach ({{type}}[] r in rows)
                        for (int c = 0; c < width; c++)
                            peak[c] = {{max}}(peak[c], r[c]); //~ LG0004
                    var result = new LinkedList<{{type}}[]>();
                    {{head}}
                        var e = new {{type}}[width];
                        {{type}} z = 0;
                        for (int c = 0; c < width; c++) z += e[c] = {{exp}}({{row}}[c] - peak[c]);
                        for (int c = 0; c < width; c++) e[c] /= z;
                        result.AddLast(e);
                    }
                    return result;
                }

                public static LinkedList<{{type}}[]> RowPeaks(LinkedList<{{type}}[]> rows)
                {
                    int width = rows.First!.Value.Length;
                    var result = new LinkedList<{{type}}[]>();
                    {{head}}
                        {{type}} m = {{row}}.Max();
                        var e = new {{type}}[width];
                        {{type}} z = 0;
                        for (int c = 0; c < width; c++) z += e[c] = {{exp}}({{row}}[c] - m);
                        for (int c = 0; c < width; c++) e[c] /= z;
                        result.AddLast(e);
                    }
                    return result;
                }

                public static List<{{type}}[]> ColumnSums(LinkedList<{{type}}[]> rows)
                {
                    int width = rows.First!.Value.Length;
                    var peak = new {{type}}[width];
                    Array.Fill(peak, {{type}}.NegativeInfinity);
                    foreach ({{type}}[] r in rows)
                        for (int c = 0; c < width; c++)
                            peak[c] = {{max}}(peak[c], r[c]);
                    var z = new {{type}}[width];
                    {{head}}
                        for (int c = 0; c < width; c++) z[c] += {{exp}}({{row}}[c] - peak[c]);
                    }
                    var result = new List<{{type}}[]>();
                    foreach ({{type}}[] r in rows)
                    {
                        var e = new {{type}}[width];
                        for (int c = 0; c < width; c++) e[c] = {{exp}}(r[c] - peak[c]) / z[c];
                        result.Add(e);
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// The fold itself by a node walk, the sum by a <c>foreach</c>: the same walk either way (LG0004 at the fold); the
    /// raw exp of a node-walked row is LG0003 and its shifted twin silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(NodeWalks))]
    public async Task LinkedListNodeWalk_FoldByNodesIsLG0004_RawExpIsLG0003(string walk, string row, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var head = walk.Replace("{t}", type);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static List<{{type}}[]> FoldByNodes(LinkedList<{{type}}[]> rows, int width)
                {
                    var peak = new {{type}}[width];
                    Array.Fill(peak, {{type}}.NegativeInfinity);
                    {{head}}
                        for (int c = 0; c < width; c++)
                            if ({{row}}[c] > peak[c]) peak[c] = {{row}}[c]; //~ LG0004
                    }
                    var result = new List<{{type}}[]>();
                    foreach (var r in rows)
                    {
                        var e = new {{type}}[width];
                        {{type}} z = 0;
                        for (int c = 0; c < width; c++) z += e[c] = {{exp}}(r[c] - peak[c]);
                        for (int c = 0; c < width; c++) e[c] /= z;
                        result.Add(e);
                    }
                    return result;
                }

                public static List<{{type}}[]> Raw(LinkedList<{{type}}[]> rows, int width)
                {
                    var result = new List<{{type}}[]>();
                    {{head}}
                        var e = new {{type}}[width];
                        {{type}} z = 0;
                        for (int c = 0; c < width; c++) z += e[c] = {{exp}}({{row}}[c]); //~ LG0003
                        for (int c = 0; c < width; c++) e[c] /= z;
                        result.Add(e);
                    }
                    return result;
                }

                public static List<{{type}}[]> Shifted(LinkedList<{{type}}[]> rows, int width)
                {
                    var result = new List<{{type}}[]>();
                    {{head}}
                        {{type}} m = {{type}}.NegativeInfinity;
                        for (int c = 0; c < width; c++) if ({{row}}[c] > m) m = {{row}}[c];
                        var e = new {{type}}[width];
                        {{type}} z = 0;
                        for (int c = 0; c < width; c++) z += e[c] = {{exp}}({{row}}[c] - m);
                        for (int c = 0; c < width; c++) e[c] /= z;
                        result.Add(e);
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Deconstructions of an async stream's element; <c>{t}</c> is the element type.</summary>
    public static TheoryData<string, string, string> AsyncDeconstructions => new()
    {
        { "IAsyncEnumerable<(int Id, {t}[] Logits)>", "var (id, logits)", "double" },
        { "IAsyncEnumerable<(int Id, {t}[] Logits)>", "(var id, var logits)", "float" },
        { "IAsyncEnumerable<(int, {t}[])>", "(int id, {t}[] logits)", "double" },
        { "IAsyncEnumerable<Scored>", "var (id, logits)", "float" },
    };

    /// <summary>
    /// HeldOut71's <c>AsyncStream_RawExpBatches</c>: the row deconstructed by <c>await foreach</c> is a slice, as under a
    /// synchronous <c>foreach</c>: the raw exp is LG0003 (loop and LINQ spellings), the row-max-shifted twins silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(AsyncDeconstructions))]
    public async Task AwaitForeachDeconstruction_RawExpIsLG0003_ShiftedSilent(string streamType, string deconstruction, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var stream = streamType.Replace("{t}", type);
        var pattern = deconstruction.Replace("{t}", type);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            public record Scored(int Id, {{type}}[] Logits);

            public static class Repro
            {
                public static async Task<Dictionary<int, {{type}}[]>> RawLoop({{stream}} stream)
                {
                    var result = new Dictionary<int, {{type}}[]>();
                    await foreach ({{pattern}} in stream)
                    {
                        var w = new {{type}}[logits.Length];
                        {{type}} norm = 0;
                        for (int c = 0; c < logits.Length; c++)
                        {
                            w[c] = {{exp}}(logits[c]); //~ LG0003
                            norm += w[c];
                        }
                        for (int c = 0; c < w.Length; c++) w[c] /= norm;
                        result[id] = w;
                    }
                    return result;
                }

                public static async Task<List<{{type}}[]>> RawLinq({{stream}} stream)
                {
                    var result = new List<{{type}}[]>();
                    await foreach ({{pattern}} in stream)
                    {
                        var w = logits.Select(v => {{exp}}(v)).ToArray(); //~ LG0003
                        {{type}} s = w.Sum();
                        result.Add(w.Select(v => v / s).ToArray());
                    }
                    return result;
                }

                public static async Task<Dictionary<int, {{type}}[]>> ShiftedLoop({{stream}} stream)
                {
                    var result = new Dictionary<int, {{type}}[]>();
                    await foreach ({{pattern}} in stream)
                    {
                        {{type}} m = logits.Max();
                        var w = new {{type}}[logits.Length];
                        {{type}} norm = 0;
                        for (int c = 0; c < logits.Length; c++)
                        {
                            w[c] = {{exp}}(logits[c] - m);
                            norm += w[c];
                        }
                        for (int c = 0; c < w.Length; c++) w[c] /= norm;
                        result[id] = w;
                    }
                    return result;
                }

                public static async Task<List<{{type}}[]>> ShiftedLinq({{stream}} stream)
                {
                    var result = new List<{{type}}[]>();
                    await foreach ({{pattern}} in stream)
                    {
                        {{type}} m = logits.Max();
                        var w = logits.Select(v => {{exp}}(v - m)).ToArray();
                        {{type}} s = w.Sum();
                        result.Add(w.Select(v => v / s).ToArray());
                    }
                    return result;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Spellings of the peaks of each chunk of <c>x</c> into <c>peaks</c>; <c>{t}</c> is the element type, <c>{n}</c> the chunk size.</summary>
    public static TheoryData<string, string> ChunkPeaks => new()
    {
        { "{t}[] peaks = x.Chunk({n}).Select(chunk => chunk.Max()).ToArray(); //~ {id}", "double" },
        { "var peaks = x\n            .Chunk({n})\n            .Select(part => part.Max()) //~ {id}\n            .ToArray();", "float" },
        { "{t}[][] parts = x.Chunk({n}).ToArray(); var peaks = new {t}[parts.Length]; for (int k = 0; k < parts.Length; k++) peaks[k] = parts[k].Max(); //~ {id}", "double" },
    };

    /// <summary>
    /// HeldOut71's <c>Chunk_ClassMajorChunks</c>: chunk k of <c>x.Chunk(n)</c> is elements [k·n, (k+1)·n). Over a
    /// class-major buffer (<c>x[c * batch + b]</c>, softmax per sample b) <c>Chunk(batch)</c> is one class over the batch,
    /// so its peak runs along the batch while the sum runs over the classes: LG0004 at the peak (class 0 = [0, 1000] and
    /// class 1 = [1000, 0]: sample 0 is shifted by 1000 and 0, sample 1 by 0 and 1000, both NaN-free only by luck of
    /// a uniform offset; [[0, 1000], [1000, 0]] gives 0 / 0 after underflow). Over a row-major buffer <c>Chunk(classes)</c>
    /// is one row: its peak is the row's max, silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(ChunkPeaks))]
    public async Task ChunkPeaks_ClassMajorIsLG0004_RowMajorSilent(string peaks, string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        string Peaks(string n, string id) =>
            peaks.Replace("{t}", type).Replace("{n}", n).Replace(" //~ {id}", id.Length == 0 ? "" : " //~ " + id);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[] ClassMajor({{type}}[] x, int batch)
                {
                    {{Peaks("batch", "LG0004")}}
                    int classes = x.Length / batch;
                    var y = new {{type}}[x.Length];
                    for (int b = 0; b < batch; b++)
                    {
                        {{type}} z = 0;
                        for (int c = 0; c < classes; c++) z += y[c * batch + b] = {{exp}}(x[c * batch + b] - peaks[c]);
                        for (int c = 0; c < classes; c++) y[c * batch + b] /= z;
                    }
                    return y;
                }

                public static {{type}}[] RowMajor({{type}}[] x, int classes)
                {
                    {{Peaks("classes", "")}}
                    int rows = x.Length / classes;
                    var y = new {{type}}[x.Length];
                    for (int r = 0; r < rows; r++)
                    {
                        {{type}} z = 0;
                        for (int c = 0; c < classes; c++) z += y[r * classes + c] = {{exp}}(x[r * classes + c] - peaks[r]);
                        for (int c = 0; c < classes; c++) y[r * classes + c] /= z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// A chunk walked by <c>foreach</c> is one slice: a whole-buffer max subtracted in it spans more than the slice
    /// (LG0001 at the max), the chunk's own max is silent, a raw exp of the chunk is LG0003.
    /// </summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task ChunkWalk_WholeMaxIsLG0001_ChunkMaxSilent_RawIsLG0003(string type)
    {
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static List<{{type}}> WholeMax({{type}}[] flat, int classes)
                {
                    {{type}} hi = flat.Max(); //~ LG0001
                    var output = new List<{{type}}>();
                    foreach (var chunk in flat.Chunk(classes))
                    {
                        var e = chunk.Select(v => {{exp}}(v - hi)).ToArray();
                        {{type}} s = e.Sum();
                        output.AddRange(e.Select(v => v / s));
                    }
                    return output;
                }

                public static List<{{type}}> ChunkMax({{type}}[] flat, int classes)
                {
                    var output = new List<{{type}}>();
                    foreach (var chunk in flat.Chunk(classes))
                    {
                        {{type}} hi = chunk.Max();
                        var e = chunk.Select(v => {{exp}}(v - hi)).ToArray();
                        {{type}} s = e.Sum();
                        output.AddRange(e.Select(v => v / s));
                    }
                    return output;
                }

                public static List<{{type}}> Raw({{type}}[] flat, int classes)
                {
                    var output = new List<{{type}}>();
                    foreach (var chunk in flat.Chunk(classes))
                    {
                        var e = chunk.Select(v => {{exp}}(v)).ToArray(); //~ LG0003
                        {{type}} s = e.Sum();
                        output.AddRange(e.Select(v => v / s));
                    }
                    return output;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
