using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Nests (a slice of a person's row chosen by membership) in further spellings than <see cref="SoftmaxModelMembershipSliceTests"/>:
/// index lists as <c>List&lt;int&gt;[]</c> and <c>List&lt;List&lt;int&gt;&gt;</c>, a label filter spelled by <c>if</c>, <c>continue</c> or a
/// LINQ <c>Where</c>, group offsets (<c>start[k]..start[k + 1]</c>), jagged, 2D and flat rows. A maximum over the whole row
/// shifting one nest is LG0001; a row-wide sum normalising each nest's exps (shifted by the nest's own maximum) is LG0002.
/// Correct twins: the nest's own maximum and sum, and an ordinary row softmax (row maximum, row sum) walked nest by nest.
/// </summary>
public class SoftmaxModelMembershipSpellingsTests
{
    /// <summary>
    /// One method per case: a person loop n, ROWFOLDS once per person, a nest loop k with NESTFOLDS once per nest, then the
    /// nest's members walked by WALK as j (exps into p, summed into z), divided by z in a second WALK.
    /// </summary>
    private static string Jagged(string parameters, string rowFolds, string nestFolds, string walk, string read = "v[n][j]", string write = "p[n][j]") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public static class C
        {
            public static void F(double[][] v, double[][] p, {{parameters}})
            {
                for (int n = 0; n < v.Length; n++)
                {
                    {{rowFolds}}
                    for (int k = 0; k < nNests; k++)
                    {
                        {{nestFolds}}
                        double z = 0.0;
                        {{walk}}
                        {
                            {{write}} = Math.Exp({{read}} - top);
                            z += {{write}};
                        }

                        {{walk}}
                            {{write}} /= z;
                    }
                }
            }
        }
        """;

    private const string RowMax = "double top = v[n].Max();";
    private const string RowLoopMax = "double top = double.NegativeInfinity; for (int a = 0; a < v[n].Length; a++) top = Math.Max(top, v[n][a]);";

    public static TheoryData<string, string> ListSpellings() => new()
    {
        // List<int>[]: the nest's members in a list per nest.
        { Jagged("List<int>[] nests, int nNests", RowMax, "", "foreach (int j in nests[k])"), "LG0001" },
        { Jagged("List<int>[] nests, int nNests", RowLoopMax, "", "foreach (int j in nests[k])"), "LG0001" },
        { Jagged("List<int>[] nests, int nNests", "", "double top = nests[k].Max(j => v[n][j]);", "foreach (int j in nests[k])"), "" },
        // List<List<int>> walked by index.
        { Jagged("List<List<int>> nests, int nNests", RowMax, "", "for (int q = 0; q < nests[k].Count; q++)", "v[n][nests[k][q]]", "p[n][nests[k][q]]"), "LG0001" },
        { Jagged("List<List<int>> nests, int nNests", RowMax, "var members = nests[k];", "foreach (int j in members)"), "LG0001" },
        { Jagged("List<List<int>> nests, int nNests", "", "var members = nests[k]; double top = double.NegativeInfinity; foreach (int j in members) if (v[n][j] > top) top = v[n][j];", "foreach (int j in members)"), "" },
        // Label filters over the row's walk: if, continue, a LINQ Where as the walked list.
        { Jagged("int[] nestOf, int nNests", RowMax, "", "for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k)"), "LG0001" },
        { Jagged("int[] nestOf, int nNests", RowLoopMax, "", "foreach (int j in Enumerable.Range(0, v[n].Length).Where(a => nestOf[a] == k))"), "LG0001" },
        { Jagged("int[] nestOf, int nNests", "", "double top = double.NegativeInfinity; for (int a = 0; a < v[n].Length; a++) if (nestOf[a] == k) top = Math.Max(top, v[n][a]);", "for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k)"), "" },
        { Jagged("int[] nestOf, int nNests", "", "double top = Enumerable.Range(0, v[n].Length).Where(a => nestOf[a] == k).Max(a => v[n][a]);", "foreach (int j in Enumerable.Range(0, v[n].Length).Where(a => nestOf[a] == k))"), "" },
        // Group offsets: nest k is start[k]..start[k + 1] of the row.
        { Jagged("int[] start, int nNests", RowMax, "", "for (int j = start[k]; j < start[k + 1]; j++)"), "LG0001" },
        { Jagged("int[] start, int nNests", "", "double top = double.NegativeInfinity; for (int a = start[k]; a < start[k + 1]; a++) top = Math.Max(top, v[n][a]);", "for (int j = start[k]; j < start[k + 1]; j++)"), "" },
    };

    [Theory]
    [MemberData(nameof(ListSpellings))]
    public async Task RowWideMaximum_IsTooWideForOneNest_TheNestsOwnIsSilent(string source, string expected) =>
        Assert.Equal(Expected(expected), await Analyze(source));

    /// <summary>2D and flat rows with the nest as an index list or a label filter.</summary>
    public static TheoryData<string, string> RowLayouts() => new()
    {
        { Rect("int[][] nests", "double top = double.NegativeInfinity; for (int a = 0; a < nAlts; a++) top = Math.Max(top, v[n, a]);", "", "foreach (int j in nests[k])", "v[n, j]"), "LG0001" },
        { Rect("int[][] nests", "", "double top = double.NegativeInfinity; foreach (int j in nests[k]) top = Math.Max(top, v[n, j]);", "foreach (int j in nests[k])", "v[n, j]"), "" },
        { Rect("int[] nestOf", "double top = double.NegativeInfinity; for (int a = 0; a < nAlts; a++) if (v[n, a] > top) top = v[n, a];", "", "for (int j = 0; j < nAlts; j++) if (nestOf[j] == k)", "v[n, j]"), "LG0001" },
        { Rect("int[] nestOf", "", "double top = double.NegativeInfinity; for (int a = 0; a < nAlts; a++) if (nestOf[a] == k && v[n, a] > top) top = v[n, a];", "for (int j = 0; j < nAlts; j++) if (nestOf[j] == k)", "v[n, j]"), "" },
        { Flat("int[][] nests", "double top = double.NegativeInfinity; for (int a = 0; a < nAlts; a++) top = Math.Max(top, v[n * nAlts + a]);", "", "foreach (int j in nests[k])"), "LG0001" },
        { Flat("int[][] nests", "", "double top = double.NegativeInfinity; foreach (int j in nests[k]) top = Math.Max(top, v[n * nAlts + j]);", "foreach (int j in nests[k])"), "" },
        { Flat("int[] nestOf", "double top = double.NegativeInfinity; for (int a = 0; a < nAlts; a++) top = Math.Max(top, v[n * nAlts + a]);", "", "for (int j = 0; j < nAlts; j++) if (nestOf[j] == k)"), "LG0001" },
        { Flat("int[] nestOf", "", "double top = double.NegativeInfinity; for (int a = 0; a < nAlts; a++) if (nestOf[a] == k) top = Math.Max(top, v[n * nAlts + a]);", "for (int j = 0; j < nAlts; j++) if (nestOf[j] == k)"), "" },
    };

    [Theory]
    [MemberData(nameof(RowLayouts))]
    public async Task RowWideMaximum_InEveryRowLayout(string source, string expected) =>
        Assert.Equal(Expected(expected), await Analyze(source));

    private static string Rect(string membership, string rowFolds, string nestFolds, string walk, string read) => $$"""
        using System;

        public static class C
        {
            public static void F(double[,] v, double[,] p, {{membership}}, int nNests)
            {
                int nAlts = v.GetLength(1);
                for (int n = 0; n < v.GetLength(0); n++)
                {
                    {{rowFolds}}
                    for (int k = 0; k < nNests; k++)
                    {
                        {{nestFolds}}
                        double z = 0.0;
                        {{walk}}
                        {
                            p[n, j] = Math.Exp({{read}} - top);
                            z += p[n, j];
                        }

                        {{walk}}
                            p[n, j] /= z;
                    }
                }
            }
        }
        """;

    private static string Flat(string membership, string rowFolds, string nestFolds, string walk) => $$"""
        using System;

        public static class C
        {
            public static void F(double[] v, double[] p, {{membership}}, int nNests, int nAlts)
            {
                int persons = v.Length / nAlts;
                for (int n = 0; n < persons; n++)
                {
                    {{rowFolds}}
                    for (int k = 0; k < nNests; k++)
                    {
                        {{nestFolds}}
                        double z = 0.0;
                        {{walk}}
                        {
                            p[n * nAlts + j] = Math.Exp(v[n * nAlts + j] - top);
                            z += p[n * nAlts + j];
                        }

                        {{walk}}
                            p[n * nAlts + j] /= z;
                    }
                }
            }
        }
        """;

    /// <summary>
    /// The sum's side: each nest's exps shifted by the nest's own maximum, added into one total per person (reset above the
    /// nest loop) and divided nest by nest: the total mixes shifts and spans every nest (LG0002). The total reset per nest is
    /// correct; so is an ordinary row softmax (row maximum, row total) walked nest by nest.
    /// </summary>
    public static TheoryData<string, string, string> SumCases() => new()
    {
        { "int[][] nests", "double top = double.NegativeInfinity; foreach (int j in nests[k]) top = Math.Max(top, v[n][j]);", "foreach (int j in nests[k])" },
        { "int[] nestOf", "double top = double.NegativeInfinity; for (int a = 0; a < v[n].Length; a++) if (nestOf[a] == k) top = Math.Max(top, v[n][a]);", "for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k)" },
        { "int[] nestOf", "double top = double.NegativeInfinity; for (int a = 0; a < v[n].Length; a++) { if (nestOf[a] != k) continue; top = Math.Max(top, v[n][a]); }", "for (int j = 0; j < v[n].Length; j++) if (nestOf[j] == k)" },
    };

    [Theory]
    [MemberData(nameof(SumCases))]
    public async Task RowWideTotal_OfNestShiftedExps_IsLG0002(string membership, string nestMax, string walk) =>
        Assert.Equal(["LG0002"], await Analyze(Totals(membership, "double z = 0.0;", nestMax + " " + walk + " { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }", walk)));

    [Theory]
    [MemberData(nameof(SumCases))]
    public async Task NestTotal_OfNestShiftedExps_IsSilent(string membership, string nestMax, string walk) =>
        Assert.Equal([], await Analyze(Totals(membership, "", nestMax + " double z = 0.0; " + walk + " { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; } " + walk + " p[n][j] /= z;", null)));

    [Theory]
    [MemberData(nameof(SumCases))]
    public async Task RowSoftmax_WalkedNestByNest_IsSilent(string membership, string nestMax, string walk)
    {
        _ = nestMax;
        Assert.Equal([], await Analyze(Totals(membership, "double z = 0.0; double top = v[n].Max();", walk + " { p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }", walk)));
    }

    /// <summary>Per person: ROWFOLDS, a nest loop running NESTPASS, then (unless null) a second nest loop dividing the members divideWalk walks by z.</summary>
    private static string Totals(string membership, string rowFolds, string nestPass, string? divideWalk) => $$"""
        using System;
        using System.Linq;

        public static class C
        {
            public static void F(double[][] v, double[][] p, {{membership}}, int nNests)
            {
                for (int n = 0; n < v.Length; n++)
                {
                    {{rowFolds}}
                    for (int k = 0; k < nNests; k++)
                    {
                        {{nestPass}}
                    }

                    {{(divideWalk is null ? "" : "for (int k = 0; k < nNests; k++) { " + divideWalk + " p[n][j] /= z; }")}}
                }
            }
        }
        """;

    private static List<string> Expected(string id) => id.Length == 0 ? [] : [id];

    private static async Task<List<string>> Analyze(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return (await FixRunner.AnalyzeAsync(compilation)).Select(diagnostic => diagnostic.Id).ToList();
    }
}
