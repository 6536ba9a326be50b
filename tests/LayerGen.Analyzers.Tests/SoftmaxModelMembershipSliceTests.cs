using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A softmax slice picked out of a row by membership (nested logit: one nest of one person's alternatives, listed in
/// <c>nests[k]</c>) is narrower than the row: a maximum over the whole row (<c>v[n].Max()</c>) spans alternatives of
/// other nests, and a nest far below the row's best underflows to 0/0 (LG0001). The maximum over the nest's own members,
/// in the same spelling as the sum, is the slice's and stays silent. The row-wide maximum is found since
/// nestmember2 (<c>SoftmaxModel.MembershipSlices.cs</c>); the correct twins stay silent. Spellings: jagged and 2D rows, <c>foreach</c> over
/// the list, an indexed walk of the list, a local holding the list, a LINQ maximum.
/// </summary>
public class SoftmaxModelMembershipSliceTests
{
    /// <summary>ROWMAX runs once per person (before the nest loop), NESTMAX once per nest; WALK walks the nest's members as j; V reads the utility.</summary>
    private const string Nested = """
        using System;
        using System.Linq;

        public static class C
        {
            public static double[][] F(double[][] v, double[,] w, int[][] nests, double[] lambda)
            {
                var cond = new double[v.Length][];
                for (int n = 0; n < v.Length; n++)
                {
                    cond[n] = new double[v[n].Length];
                    ROWMAX
                    for (int k = 0; k < nests.Length; k++)
                    {
                        NESTMAX
                        double denom = 0.0;
                        WALK
                        {
                            cond[n][j] = Math.Exp((VREAD - top) / lambda[k]);
                            denom += cond[n][j];
                        }

                        WALK
                            cond[n][j] /= denom;
                    }
                }

                return cond;
            }
        }
        """;

    private const string Foreach = "foreach (int j in nests[k])";
    private const string Members = "foreach (int j in members)";

    public static TheoryData<string, string, string, string, bool> Cases() => new()
    {
        // The nest's own members: the slice's maximum.
        { "", "double top = double.NegativeInfinity; foreach (int j in nests[k]) top = Math.Max(top, v[n][j]);", Foreach, "v[n][j]", false },
        { "", "int[] mem = nests[k]; double top = v[n][mem[0]]; for (int q = 1; q < mem.Length; q++) top = Math.Max(top, v[n][mem[q]]);", Foreach, "v[n][j]", false },
        { "", "double top = nests[k].Max(j => v[n][j]);", Foreach, "v[n][j]", false },
        { "", "int[] members = nests[k]; double top = members.Max(j => v[n][j]);", Members, "v[n][j]", false },
        { "", "double top = double.NegativeInfinity; foreach (int j in nests[k]) top = Math.Max(top, w[n, j]);", Foreach, "w[n, j]", false },
        // A whole-row maximum of a row the nest loop does not pick from (one nest per row) is that row's.
        { "double top = v[n].Max();", "", "for (int j = 0; j < v[n].Length; j++)", "v[n][j]", false },
    };

    /// <summary>The person's whole row: too wide for one nest (found since nestmember2, SoftmaxModel.MembershipSlices.cs).</summary>
    public static TheoryData<string, string, string, string, bool> GapCases() => new()
    {
        { "double top = v[n].Max();", "", Foreach, "v[n][j]", true },
        { "double top = v[n].Max();", "int[] members = nests[k];", Members, "v[n][j]", true },
        { "double top = double.NegativeInfinity; for (int a = 0; a < v[n].Length; a++) top = Math.Max(top, v[n][a]);", "", Foreach, "v[n][j]", true },
        { "double top = double.NegativeInfinity; foreach (double x in v[n]) if (x > top) top = x;", "", Foreach, "v[n][j]", true },
        { "double top = double.NegativeInfinity; for (int a = 0; a < w.GetLength(1); a++) top = Math.Max(top, w[n, a]);", "", Foreach, "w[n, j]", true },
    };

    [Theory]
    [MemberData(nameof(GapCases))]
    public Task MaximumOverTheWholeRow_IsTooWideForOneNest(string rowMax, string nestMax, string walk, string read, bool tooWide) =>
        MaximumOverTheWholeRow_IsTooWideForOneNest_TheNestsOwnIsNot(rowMax, nestMax, walk, read, tooWide);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MaximumOverTheWholeRow_IsTooWideForOneNest_TheNestsOwnIsNot(string rowMax, string nestMax, string walk, string read, bool tooWide)
    {
        var ids = await Analyze(Nested.Replace("ROWMAX", rowMax, StringComparison.Ordinal).Replace("NESTMAX", nestMax, StringComparison.Ordinal)
            .Replace("WALK", walk, StringComparison.Ordinal).Replace("VREAD", read, StringComparison.Ordinal));
        Assert.Equal(tooWide ? ["LG0001"] : [], ids);
    }

    /// <summary>A list walked by index (<c>int j = nests[k][q]</c>) names the same members as a <c>foreach</c>.</summary>
    [Theory]
    [InlineData("", "double top = double.NegativeInfinity; for (int q = 0; q < nests[k].Length; q++) top = Math.Max(top, v[n][nests[k][q]]);", false)]
    public async Task IndexedWalkOfTheList_IsTheSameNest(string rowMax, string nestMax, bool tooWide) =>
        Assert.Equal(tooWide ? ["LG0001"] : [], await Analyze(IndexedWalk(rowMax, nestMax)));

    [Fact]
    public async Task IndexedWalkOfTheList_RowWideMaximumIsTooWide() =>
        Assert.Equal(["LG0001"], await Analyze(IndexedWalk("double top = v[n].Max();", "")));

    private static string IndexedWalk(string rowMax, string nestMax)
    {
        return """
            using System;
            using System.Linq;

            public static class C
            {
                public static void F(double[][] v, int[][] nests, double[][] p)
                {
                    for (int n = 0; n < v.Length; n++)
                    {
                        ROWMAX
                        for (int k = 0; k < nests.Length; k++)
                        {
                            NESTMAX
                            double z = 0.0;
                            for (int q = 0; q < nests[k].Length; q++) { int j = nests[k][q]; p[n][j] = Math.Exp(v[n][j] - top); z += p[n][j]; }
                            for (int q = 0; q < nests[k].Length; q++) p[n][nests[k][q]] /= z;
                        }
                    }
                }
            }
            """.Replace("ROWMAX", rowMax, StringComparison.Ordinal).Replace("NESTMAX", nestMax, StringComparison.Ordinal);
    }

    /// <summary>
    /// The nest as a filter on the row (<c>nestOf[j] == k</c>): the same membership, spelled as a condition on the walk of
    /// the whole row (a <c>continue</c>, an <c>if</c>, a LINQ <c>Where</c>).
    /// </summary>
    [Theory]
    [InlineData("", "double top = double.NegativeInfinity; for (int j = 0; j < nAlts; j++) if (nestOf[j] == k && v[n, j] > top) top = v[n, j];", false)]
    [InlineData("", "double top = double.NegativeInfinity; for (int j = 0; j < nAlts; j++) { if (nestOf[j] != k) continue; top = Math.Max(top, v[n, j]); }", false)]
    [InlineData("", "double top = Enumerable.Range(0, nAlts).Where(j => nestOf[j] == k).Max(j => v[n, j]);", false)]
    public async Task FilteredNest_TheNestsOwnMaximumIsSilent(string rowMax, string nestMax, bool tooWide) =>
        Assert.Equal(tooWide ? ["LG0001"] : [], await Analyze(FilteredNest(rowMax, nestMax)));

    /// <summary>A nest spelled as a filter is narrower than the row too (nestmember2, MembershipSlices.cs).</summary>
    [Fact]
    public async Task FilteredNest_RowWideMaximumIsTooWide() =>
        Assert.Equal(["LG0001"], await Analyze(FilteredNest("double top = double.NegativeInfinity; for (int j = 0; j < nAlts; j++) top = Math.Max(top, v[n, j]);", "")));

    private static string FilteredNest(string rowMax, string nestMax)
    {
        return """
            using System;
            using System.Linq;

            public static class C
            {
                public static void F(double[,] v, int[] nestOf, int nNests, double[,] p)
                {
                    int nAlts = v.GetLength(1);
                    for (int n = 0; n < v.GetLength(0); n++)
                    {
                        ROWMAX
                        for (int k = 0; k < nNests; k++)
                        {
                            NESTMAX
                            double z = 0.0;
                            for (int j = 0; j < nAlts; j++) { if (nestOf[j] != k) continue; p[n, j] = Math.Exp(v[n, j] - top); z += p[n, j]; }
                            for (int j = 0; j < nAlts; j++) if (nestOf[j] == k) p[n, j] /= z;
                        }
                    }
                }
            }
            """.Replace("ROWMAX", rowMax, StringComparison.Ordinal).Replace("NESTMAX", nestMax, StringComparison.Ordinal);
    }

    private static async Task<List<string>> Analyze(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        return (await FixRunner.AnalyzeAsync(compilation)).Select(diagnostic => diagnostic.Id).ToList();
    }
}
