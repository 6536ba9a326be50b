using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The same computation spelled the ways the equivalence rewrites spell it must read the same: an accumulated map
/// overwritten by its own exps before the sum reads it (index inline or in a temporary, the row loop inline, in a
/// <c>Parallel.For</c> lambda or with the sum in a local function), CSR group starts held in an array, a span or a list,
/// and a maximum over a whole row walked by index or by <c>foreach</c> around moved windows.
/// </summary>
public class SoftmaxModelSpellingTests
{
    /// <summary>Per query row of a head-summed map: ROW is the row's body (maximum m, in-place exps, sum z, division).</summary>
    private const string HeadSummedMap = """
        public static void F(float[] logits, int heads, int n, float[] map)
        {
            for (int h = 0; h < heads; h++)
                for (int p = 0; p < n * n; p++) map[p] += logits[h * n * n + p];
            LOOP
        }
        """;

    /// <summary>A site whose sum and maximum fold the same single axis and nothing else (no stale or partial fold).</summary>
    private const string OneAxisSlice = @"\| sum z \{(?<axis>[^,}]+)\} \| max m \{\k<axis>\} \| exps 1";

    public static TheoryData<string> OverwrittenMapSpellings() => new()
    {
        // index inline
        """
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = 0f;
            for (int j = 0; j < n; j++) { map[i * n + j] = MathF.Exp(map[i * n + j] - m); z += map[i * n + j]; }
            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        }
        """,
        // index in a temporary for the overwrite, inline for the sum's read
        """
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = 0f;
            for (int j = 0; j < n; j++) { int at = i * n + j; map[at] = MathF.Exp(map[at] - m); z += map[i * n + j]; }
            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        }
        """,
        // both through temporaries of their own
        """
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = 0f;
            for (int j = 0; j < n; j++) { int row = i * n; int at = row + j; map[at] = MathF.Exp(map[at] - m); int again = i * n + j; z += map[again]; }
            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        }
        """,
        // the row loop in a Parallel.For lambda
        """
        System.Threading.Tasks.Parallel.For(0, n, i =>
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = 0f;
            for (int j = 0; j < n; j++) { map[i * n + j] = MathF.Exp(map[i * n + j] - m); z += map[i * n + j]; }
            for (int j = 0; j < n; j++) map[i * n + j] /= z;
        });
        """,
        // the sum moved into a local function
        """
        for (int i = 0; i < n; i++)
        {
            float m = float.NegativeInfinity;
            for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
            float z = Fold();
            for (int j = 0; j < n; j++) map[i * n + j] /= z;

            float Fold()
            {
                float z = 0f;
                for (int j = 0; j < n; j++) { map[i * n + j] = MathF.Exp(map[i * n + j] - m); z += map[i * n + j]; }
                return z;
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(OverwrittenMapSpellings))]
    public void MapOverwrittenByItsExpsBeforeTheSumReadsIt_IsNoFoldOverTheHeads(string loop)
    {
        // The sum and the maximum fold one and the same axis (the keys of a query row), nothing carried or partial.
        var model = Describe(HeadSummedMap.Replace("LOOP", loop, StringComparison.Ordinal));
        Assert.Matches(OneAxisSlice, model);
    }

    [Fact]
    public void MapOverwrittenAtAnotherElement_StillCarriesTheHeadsSum()
    {
        // The overwrite writes the transposed element: the sum reads map[i * n + j] as the heads left it.
        var model = Describe(HeadSummedMap.Replace("LOOP", """
            for (int i = 0; i < n; i++)
            {
                float m = float.NegativeInfinity;
                for (int j = 0; j < n; j++) m = MathF.Max(m, map[i * n + j]);
                float z = 0f;
                for (int j = 0; j < n; j++) { int at = j * n + i; map[at] = MathF.Exp(map[at] - m); z += map[i * n + j]; }
                for (int j = 0; j < n; j++) map[i * n + j] /= z;
            }
            """, StringComparison.Ordinal));
        Assert.DoesNotMatch(OneAxisSlice, model);
    }

    public static TheoryData<string> GroupStartTypes() => new() { "int[]", "ReadOnlySpan<int>", "Span<int>", "System.Collections.Generic.List<int>" };

    [Theory]
    [MemberData(nameof(GroupStartTypes))]
    public void CsrGroupStarts_ReadTheSameInAnArraySpanOrList(string type)
    {
        var count = type.StartsWith("System", StringComparison.Ordinal) ? "Count" : "Length";
        var perGroup = Describe($$"""
            public static void F(float[] scores, {{type}} start, float[] p)
            {
                for (int g = 0; g + 1 < start.{{count}}; g++)
                {
                    float peak = float.NegativeInfinity;
                    for (int c = start[g]; c < start[g + 1]; c++) peak = MathF.Max(peak, scores[c]);
                    float z = 0f;
                    for (int c = start[g]; c < start[g + 1]; c++) { p[c] = MathF.Exp(scores[c] - peak); z += p[c]; }
                    for (int c = start[g]; c < start[g + 1]; c++) p[c] /= z;
                }
            }
            """);
        var oneTotal = Describe($$"""
            public static void F(double[,] table, {{type}} start, double[] share)
            {
                for (int s = 0; s + 1 < start.{{count}}; s++)
                {
                    double best = double.NegativeInfinity;
                    for (int r = start[s]; r < start[s + 1]; r++) best = Math.Max(best, table[r, 0]);
                    for (int r = start[s]; r < start[s + 1]; r++) share[r] = Math.Exp(table[r, 0] - best);
                }

                double z = 0.0;
                for (int r = 0; r < share.Length; r++) z += share[r];
                for (int r = 0; r < share.Length; r++) share[r] /= z;
            }
            """);
        Assert.Contains("| sum z {scores.s:1} | max peak {scores.s:1} | exps 1", perGroup, StringComparison.Ordinal);
        Assert.Contains("| sum z {table.r0,table.r0:?} | max best {table.r0} stale {table.r1} | exps 1", oneTotal, StringComparison.Ordinal);
    }

    public static TheoryData<string> WholeRowMaximumWalks() => new()
    {
        "for (int j = 0; j < row.Length; j++) top = Math.Max(top, row[j]);",
        "foreach (double v in row) top = Math.Max(top, v);",
        "foreach (var v in rows[i]) if (v > top) top = v;",
        "foreach (double v in (ReadOnlySpan<double>)row) top = Math.Max(top, v);",
    };

    [Theory]
    [MemberData(nameof(WholeRowMaximumWalks))]
    public async Task WholeRowMaximumAroundMovedWindows_IsTooWide_ByIndexOrForeach(string maximum)
    {
        Assert.Equal("LG0001@10", Assert.Single(await AnalyzeWindowsAsync(maximum)));
    }

    [Fact]
    public async Task ForeachOverASlice_WalksTheSliceOnly_AsItsIndexedTwin()
    {
        // A foreach over row.AsSpan(0, size) walks the first window, not the row: it reads as the indexed walk of that
        // window does, whatever that reading is.
        Assert.Equal(
            await AnalyzeWindowsAsync("for (int j = 0; j < size; j++) top = Math.Max(top, row[j]);"),
            await AnalyzeWindowsAsync("foreach (double v in row.AsSpan(0, size)) top = Math.Max(top, v);"));
    }

    private static async Task<List<string>> AnalyzeWindowsAsync(string maximum)
    {
        var source = $$"""
            using System;

            public static class C
            {
                public static void F(double[][] rows, int size, double[][] result)
                {
                    for (int i = 0; i < rows.Length; i++)
                    {
                        double[] row = rows[i];
                        double top = double.NegativeInfinity;
                        {{maximum}}
                        for (int start = 0; start < row.Length; start += size)
                        {
                            double z = 0.0;
                            for (int t = 0; t < size; t++) { result[i][start + t] = Math.Exp(row[start + t] - top); z += result[i][start + t]; }
                            for (int t = 0; t < size; t++) result[i][start + t] /= z;
                        }
                    }
                }
            }
            """;
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return (await FixRunner.AnalyzeAsync(compilation)).Select(diagnostic => diagnostic.Id + "@" + diagnostic.Location.GetLineSpan().StartLinePosition.Line).ToList();
    }

    private static string Describe(string method) => ModelDescriptions.Of($$"""
        using System;

        public static class C
        {
        {{method}}
        }
        """)["F"];
}
