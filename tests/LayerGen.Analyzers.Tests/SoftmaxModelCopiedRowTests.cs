using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row copied out of a matrix into a buffer created per row (<c>row = new double[x.GetLength(1)]</c>, inline or by a
/// <c>GetRow</c> helper) is one axis however its size is spelled where it is created and where it is walked
/// (SoftmaxModel.Loops.cs <c>SameSize</c>): a maximum over the whole matrix subtracted from the copy is LG0001, the copy's
/// own maximum is silent.
/// </summary>
public class SoftmaxModelCopiedRowTests
{
    public static TheoryData<string, string> Spellings() => new()
    {
        // created with, copied to
        { "x.GetLength(1)", "row.Length" },
        { "x.GetLength(1)", "k" },
        { "x.GetLength(1)", "x.GetLength(1)" },
        { "k", "row.Length" },
        { "k", "k" },
        { "cols", "k" },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task AMaximumOverTheWholeMatrix_IsLG0001(string created, string copiedTo)
    {
        var source = Inline(created, copiedTo, "double m = double.NegativeInfinity; foreach (var v in x) m = Math.Max(m, v);", "");
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task TheCopiedRowsOwnMaximum_IsSilent(string created, string copiedTo)
    {
        var source = Inline(created, copiedTo, "", "double m = double.NegativeInfinity; for (int c = 0; c < row.Length; c++) m = Math.Max(m, row[c]);");
        Assert.Empty(await FixRunner.ReportedIdsAsync(source));
    }

    [Theory]
    [InlineData("double m = double.NegativeInfinity; foreach (var v in x) m = Math.Max(m, v);", "", "LG0001")]
    [InlineData("double m = double.NegativeInfinity; for (int a = 0; a < n; a++) for (int b = 0; b < k; b++) m = Math.Max(m, x[a, b]);", "", "LG0001")]
    [InlineData("", "double m = row.Max();", null)]
    [InlineData("", "double m = double.NegativeInfinity; foreach (var v in row) m = Math.Max(m, v);", null)]
    public async Task ARowCopiedByAHelper_IsJudgedLikeTheInlineCopy(string beforeRows, string inRow, string? expected)
    {
        var source = $$"""
            using System;
            using System.Linq;

            static class C {
                static double[] GetRow(double[,] a, int r) {
                    var buffer = new double[a.GetLength(1)];
                    for (int c = 0; c < buffer.Length; c++) buffer[c] = a[r, c];
                    return buffer;
                }

                static double[,] F(double[,] x) {
                    int n = x.GetLength(0), k = x.GetLength(1);
                    var y = new double[n, k];
                    {{beforeRows}}
                    for (int i = 0; i < n; i++) {
                        double[] row = GetRow(x, i);
                        {{inRow}}
                        double s = 0;
                        for (int j = 0; j < k; j++) { y[i, j] = Math.Exp(row[j] - m); s += y[i, j]; }
                        for (int j = 0; j < k; j++) y[i, j] /= s;
                    }
                    return y;
                }
            }
            """;
        Assert.Equal(expected is null ? Array.Empty<string>() : new[] { expected }, await FixRunner.ReportedIdsAsync(source));
    }

    private static string Inline(string created, string copiedTo, string beforeRows, string inRow) => $$"""
        using System;

        static class C {
            static double[,] F(double[,] x, int cols) {
                int n = x.GetLength(0), k = x.GetLength(1);
                var y = new double[n, k];
                {{beforeRows}}
                for (int i = 0; i < n; i++) {
                    double[] row = new double[{{created}}];
                    for (int c = 0; c < {{copiedTo}}; c++) row[c] = x[i, c];
                    {{inRow}}
                    double s = 0;
                    for (int j = 0; j < k; j++) { y[i, j] = Math.Exp(row[j] - m); s += y[i, j]; }
                    for (int j = 0; j < k; j++) y[i, j] /= s;
                }
                return y;
            }
        }
        """;
}
