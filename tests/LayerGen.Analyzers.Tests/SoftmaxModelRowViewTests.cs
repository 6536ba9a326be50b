using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Row views returned by members, and slices of slices (HeldOut68's blind miss <c>RecordWith_BatchStructWholeMax</c>,
/// HeldOut67's <c>RowSpans_BlockTotal</c>). A view returned by a member of the buffer's owner
/// (<c>Row(r) =&gt; Data.AsSpan(r * Cols, Cols)</c>, an indexer, a static or local helper) is the view written at the call
/// with its parameters bound to the arguments; a view of a view adds the offsets (<c>block.Slice(s * dim, dim)</c> of
/// <c>block = x.Slice(b * seq * dim, seq * dim)</c>). A whole-buffer max with per-row sums through such rows is LG0001,
/// a sum over a block of rows shifted one by one is LG0002; the per-row twins stay silent.
/// </summary>
public class SoftmaxModelRowViewTests
{
    /// <summary>A member returning row r of the owner's flat row-major storage, and the call that reads it.</summary>
    public static TheoryData<string, string> Members => new()
    {
        { "public ReadOnlySpan<{t}> Row(int r) => Data.AsSpan(r * Cols, Cols);", "batch.Row(r)" },
        { "public ReadOnlySpan<{t}> Row(int r) { return Data.AsSpan(r * Cols, Cols); }", "batch.Row(r)" },
        { "public ReadOnlySpan<{t}> Row(int r) => new ReadOnlySpan<{t}>(Data, r * Cols, Cols);", "batch.Row(r)" },
        { "public ReadOnlySpan<{t}> Row(int r) => Data.AsSpan().Slice(r * Cols, Cols);", "batch.Row(r)" },
        { "public ArraySegment<{t}> Row(int r) => new ArraySegment<{t}>(Data, r * Cols, Cols);", "batch.Row(r)" },
        { "public ReadOnlySpan<{t}> Row(int r) => Data.AsMemory(r * Cols, Cols).Span;", "batch.Row(r)" },
        { "public ReadOnlyMemory<{t}> Row(int r) => Data.AsMemory(r * Cols, Cols);", "batch.Row(r).Span" },
        { "public ReadOnlySpan<{t}> this[int r] => Data.AsSpan(r * Cols, Cols);", "batch[r]" },
        { "public ReadOnlySpan<{t}> Row(int r) => Data.AsSpan()[(r * Cols)..(r * Cols + Cols)];", "batch.Row(r)" },
        { "public static ReadOnlySpan<{t}> RowOf(Batch b, int r) => b.Data.AsSpan(r * b.Cols, b.Cols);", "Batch.RowOf(batch, r)" },
    };

    /// <summary>
    /// The owner is a positional record struct or a class with primary-constructor properties. <c>batch.Data.Max()</c>
    /// with per-row sums read through the member is LG0001 (rows [0, 0] and [-1000, -1000]: the second row's exps are
    /// exp(-1000) = 0, 0 / 0 = NaN); the per-row max through the same member is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Members))]
    public async Task WholeDataMax_WithRowsFromMember_IsLG0001_RowMaxSilent(string member, string call)
    {
        foreach (var owner in new[] { "record", "class" })
        {
            foreach (var type in new[] { "float", "double" })
            {
                await SourceMarkers.AssertAnalyzerReportsMarkersAsync(MemberSource(owner, member, call, type));
            }
        }
    }

    /// <summary>
    /// A static helper handed the buffer (<c>RowOf(x, r, n) =&gt; x.AsSpan(r * n, n)</c>) is the slice written at the
    /// call, the buffer bound to the caller's array: the whole-array max is LG0001, the row's own max silent.
    /// </summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task StaticHelperRow_WholeMaxIsLG0001_RowMaxSilent(string type)
    {
        var (exp, max) = Math(type);
        var source = $$"""
            using System;
            using System.Linq;

            public static class Softmax
            {
                static ReadOnlySpan<{{type}}> RowOf({{type}}[] x, int r, int n) => x.AsSpan(r * n, n);

                public static void WholeMax({{type}}[] x, {{type}}[] y, int rows, int n)
                {
                    {{type}} peak = x.Max(); //~ LG0001
                    for (int r = 0; r < rows; r++)
                    {
                        var row = RowOf(x, r, n);
                        {{type}} sum = 0;
                        foreach (var v in row) sum += {{exp}}(v - peak);
                        for (int j = 0; j < n; j++) y[r * n + j] = {{exp}}(row[j] - peak) / sum;
                    }
                }

                public static void RowMax({{type}}[] x, {{type}}[] y, int rows, int n)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        var row = RowOf(x, r, n);
                        {{type}} peak = {{type}}.NegativeInfinity;
                        foreach (var v in row) peak = {{max}}(peak, v);
                        {{type}} sum = 0;
                        foreach (var v in row) sum += {{exp}}(v - peak);
                        for (int j = 0; j < n; j++) y[r * n + j] = {{exp}}(row[j] - peak) / sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Column-major <c>[batch, classes]</c> read one sample at a time through a local function returning a memory
    /// (<c>Column(b) =&gt; x.AsMemory(b * classes, classes)</c>, then <c>.Span</c>): a peak over all of x is LG0001.
    /// </summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task LocalFunctionColumnMemory_WholePeakIsLG0001_ColumnPeakSilent(string type)
    {
        var (exp, max) = Math(type);
        var source = $$"""
            using System;
            using System.Linq;

            public static class Softmax
            {
                public static void WholePeak({{type}}[] x, {{type}}[] y, int classes, int batch)
                {
                    ReadOnlyMemory<{{type}}> Column(int b) => x.AsMemory(b * classes, classes);
                    {{type}} peak = x.Max(); //~ LG0001
                    for (int b = 0; b < batch; b++)
                    {
                        var col = Column(b).Span;
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += {{exp}}(col[c] - peak);
                        for (int c = 0; c < classes; c++) y[b * classes + c] = {{exp}}(col[c] - peak) / sum;
                    }
                }

                public static void ColumnPeak({{type}}[] x, {{type}}[] y, int classes, int batch)
                {
                    ReadOnlyMemory<{{type}}> Column(int b) => x.AsMemory(b * classes, classes);
                    for (int b = 0; b < batch; b++)
                    {
                        var col = Column(b).Span;
                        {{type}} peak = {{type}}.NegativeInfinity;
                        for (int c = 0; c < classes; c++) peak = {{max}}(peak, col[c]);
                        {{type}} sum = 0;
                        for (int c = 0; c < classes; c++) sum += {{exp}}(col[c] - peak);
                        for (int c = 0; c < classes; c++) y[b * classes + c] = {{exp}}(col[c] - peak) / sum;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Rank 3 <c>[b, t, c]</c> flat with a member returning a block and a member slicing a row of it
    /// (<c>Row(b, t) =&gt; Block(b).Slice(t * C, C)</c>): a sum over the block of rows shifted one by one is LG0002, the
    /// per-row sum silent.
    /// </summary>
    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public async Task Rank3MemberBlocks_BlockSumIsLG0002_RowSumSilent(string type)
    {
        var (exp, max) = Math(type);
        var source = $$"""
            using System;

            public sealed class Activations
            {
                public {{type}}[] Data = Array.Empty<{{type}}>();
                public int B, T, C;
                Span<{{type}}> Block(int b) => Data.AsSpan(b * T * C, T * C);
                Span<{{type}}> Row(int b, int t) => Block(b).Slice(t * C, C);

                public void BlockSum()
                {
                    for (int b = 0; b < B; b++)
                    {
                        for (int t = 0; t < T; t++)
                        {
                            Span<{{type}}> row = Row(b, t);
                            {{type}} m = {{type}}.NegativeInfinity;
                            foreach ({{type}} v in row) m = {{max}}(m, v);
                            for (int i = 0; i < row.Length; i++) row[i] = {{exp}}(row[i] - m);
                        }

                        Span<{{type}}> block = Block(b);
                        {{type}} total = 0;
                        foreach ({{type}} v in block) total += v; //~ LG0002
                        for (int i = 0; i < block.Length; i++) block[i] /= total;
                    }
                }

                public void RowSum()
                {
                    for (int b = 0; b < B; b++)
                    {
                        for (int t = 0; t < T; t++)
                        {
                            Span<{{type}}> row = Row(b, t);
                            {{type}} m = {{type}}.NegativeInfinity;
                            foreach ({{type}} v in row) m = {{max}}(m, v);
                            {{type}} total = 0;
                            for (int i = 0; i < row.Length; i++) { row[i] = {{exp}}(row[i] - m); total += row[i]; }
                            for (int i = 0; i < row.Length; i++) row[i] /= total;
                        }
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Two instances of the owner read through the same member (<c>a.Row(r)</c>, <c>b.Row(r)</c>) are not conflated into
    /// one storage: a correct per-row softmax of a with b's row added after stays silent.
    /// </summary>
    [Fact]
    public async Task TwoOwners_NotConflated_Silent()
    {
        var source = """
            using System;

            public readonly record struct Batch(float[] Data, int Rows, int Cols)
            {
                public ReadOnlySpan<float> Row(int r) => Data.AsSpan(r * Cols, Cols);
            }

            public static class BatchSoftmax
            {
                public static void WithResidual(Batch a, Batch b, float[] y)
                {
                    for (int r = 0; r < a.Rows; r++)
                    {
                        ReadOnlySpan<float> row = a.Row(r);
                        ReadOnlySpan<float> other = b.Row(r);
                        float max = float.NegativeInfinity;
                        foreach (float v in row) max = MathF.Max(max, v);
                        float sum = 0f;
                        foreach (float v in row) sum += MathF.Exp(v - max);
                        for (int j = 0; j < a.Cols; j++) y[r * a.Cols + j] = MathF.Exp(row[j] - max) / sum + other[j];
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A block of a <c>[batch, seq, dim]</c> buffer, and how a row is sliced from it.</summary>
    public static TheoryData<string, string, string> Blocks => new()
    {
        { "Span<{t}> x", "x.Slice(b * seq * dim, seq * dim)", "block.Slice(s * dim, dim)" },
        { "{t}[] x", "x.AsSpan(b * seq * dim, seq * dim)", "block.Slice(s * dim, dim)" },
        { "{t}[] x", "new Span<{t}>(x, b * seq * dim, seq * dim)", "block.Slice(s * dim, dim)" },
        { "{t}[] x", "x.AsMemory(b * seq * dim, seq * dim).Span", "block.Slice(s * dim, dim)" },
        { "Span<{t}> x", "x.Slice(b * seq * dim, seq * dim)", "block[(s * dim)..(s * dim + dim)]" },
    };

    /// <summary>
    /// Rows sliced from a block slice, each shifted by its own max; the block divided by one sum over all its rows is
    /// LG0002 (at the inline <c>+=</c>, or at a same-type helper's <c>+=</c> when the sum is <c>Total(block)</c>). The
    /// twin dividing each row by its own <c>Total(row)</c> is silent.
    /// </summary>
    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task SliceOfSlice_BlockSumIsLG0002_RowSumSilent(string parameter, string block, string row)
    {
        foreach (var type in new[] { "float", "double" })
        {
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(BlockSource(parameter, block, row, type, helperSum: false));
            await SourceMarkers.AssertAnalyzerReportsMarkersAsync(BlockSource(parameter, block, row, type, helperSum: true));
        }
    }

    private static string MemberSource(string owner, string member, string call, string type)
    {
        var (exp, max) = Math(type);
        var declaration = owner == "record"
            ? $"public readonly record struct Batch({type}[] Data, int Rows, int Cols)\n{{"
            : $"public sealed class Batch({type}[] data, int rows, int cols)\n{{\n    public {type}[] Data {{ get; }} = data;\n    public int Rows {{ get; }} = rows;\n    public int Cols {{ get; }} = cols;";
        return $$"""
            using System;
            using System.Linq;

            {{declaration}}
                {{member.Replace("{t}", type)}}
            }

            public static class Softmax
            {
                public static {{type}}[] WholeMax(Batch batch)
                {
                    {{type}} max = batch.Data.Max(); //~ LG0001
                    var y = new {{type}}[batch.Data.Length];
                    for (int r = 0; r < batch.Rows; r++)
                    {
                        var row = {{call}};
                        {{type}} sum = 0;
                        for (int j = 0; j < batch.Cols; j++) sum += {{exp}}(row[j] - max);
                        for (int j = 0; j < batch.Cols; j++) y[r * batch.Cols + j] = {{exp}}(row[j] - max) / sum;
                    }
                    return y;
                }

                public static {{type}}[] RowMax(Batch batch)
                {
                    var y = new {{type}}[batch.Data.Length];
                    for (int r = 0; r < batch.Rows; r++)
                    {
                        var row = {{call}};
                        {{type}} max = {{type}}.NegativeInfinity;
                        for (int j = 0; j < batch.Cols; j++) max = {{max}}(max, row[j]);
                        {{type}} sum = 0;
                        for (int j = 0; j < batch.Cols; j++) sum += {{exp}}(row[j] - max);
                        for (int j = 0; j < batch.Cols; j++) y[r * batch.Cols + j] = {{exp}}(row[j] - max) / sum;
                    }
                    return y;
                }
            }
            """;
    }

    private static string BlockSource(string parameter, string block, string row, string type, bool helperSum)
    {
        var (exp, max) = Math(type);
        var total = helperSum ? "Total(block)" : "0";
        var inlineSum = helperSum ? string.Empty : "for (int i = 0; i < block.Length; i++) total += block[i]; //~ LG0002";
        var helperMarker = helperSum ? " //~ LG0002" : string.Empty;
        return $$"""
            using System;

            public static class Sequences
            {
                public static void BlockTotal({{parameter.Replace("{t}", type)}}, int batch, int seq, int dim)
                {
                    for (int b = 0; b < batch; b++)
                    {
                        Span<{{type}}> block = {{block.Replace("{t}", type)}};
                        for (int s = 0; s < seq; s++)
                        {
                            Span<{{type}}> row = {{row}};
                            {{type}} m = {{type}}.NegativeInfinity;
                            foreach ({{type}} v in row) m = {{max}}(m, v);
                            for (int i = 0; i < row.Length; i++) row[i] = {{exp}}(row[i] - m);
                        }

                        {{type}} total = {{total}};
                        {{inlineSum}}
                        for (int i = 0; i < block.Length; i++) block[i] /= total;
                    }
                }

                public static void RowTotal({{parameter.Replace("{t}", type)}}, int batch, int seq, int dim)
                {
                    for (int b = 0; b < batch; b++)
                    {
                        Span<{{type}}> block = {{block.Replace("{t}", type)}};
                        for (int s = 0; s < seq; s++)
                        {
                            Span<{{type}}> row = {{row}};
                            {{type}} m = {{type}}.NegativeInfinity;
                            foreach ({{type}} v in row) m = {{max}}(m, v);
                            for (int i = 0; i < row.Length; i++) row[i] = {{exp}}(row[i] - m);
                            {{type}} total = Total(row);
                            for (int i = 0; i < row.Length; i++) row[i] /= total;
                        }
                    }
                }

                private static {{type}} Total(ReadOnlySpan<{{type}}> values)
                {
                    {{type}} acc = 0;
                    for (int i = 0; i < values.Length; i++) acc += values[i];{{helperMarker}}
                    return acc;
                }
            }
            """;
    }

    private static (string Exp, string Max) Math(string type) =>
        type == "float" ? ("MathF.Exp", "MathF.Max") : ("Math.Exp", "Math.Max");
}
