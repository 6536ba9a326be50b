using LayerGen.Analyzers.Tests.Verification;
using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A max over a buffer of stored per-row maxima (HeldOut86's blind miss <c>StoredRowMaxima_PeakOfPeaks</c>):
/// <c>rowMax[r] = m</c> per row, then <c>rowMax.Max()</c> (or <c>Aggregate(Math.Max)</c>, a <c>foreach</c> or <c>for</c>
/// fold over <c>rowMax</c>) is the maximum of every row, so subtracting it in each row's softmax is LG0001 at that fold.
/// <c>rowMax[r]</c> itself is row r's own shift and is silent. Layouts: flat row-major, jagged, two-dimensional.
/// </summary>
public class SoftmaxModelStoredFoldBufferTests
{
    /// <summary>Layouts: the parameter type, the row count, the row length and the element of row {r}, column {c}.</summary>
    public static TheoryData<string, string, string, string, string> Layouts => new()
    {
        { "double", "{t}[] x", "x.Length / classes", "x[{r} * classes + {c}]", "int classes" },
        { "float", "{t}[][] x", "x.Length", "x[{r}][{c}]", "int classes" },
        { "double", "{t}[,] x", "x.GetLength(0)", "x[{r}, {c}]", "int classes" },
    };

    /// <summary>Fills of <c>rowMax[r]</c> with row r's maximum.</summary>
    private static readonly string[] Fills =
    [
        """
                for (int r = 0; r < batch; r++)
                {
                    {t} m = {t}.NegativeInfinity;
                    for (int c = 0; c < classes; c++) m = Math.Max(m, {x:r,c});
                    rowMax[r] = m;
                }
        """,
        """
                for (int r = 0; r < batch; r++)
                {
                    rowMax[r] = {x:r,0};
                    for (int c = 1; c < classes; c++)
                    {
                        if ({x:r,c} > rowMax[r]) rowMax[r] = {x:r,c};
                    }
                }
        """,
    ];

    /// <summary>Shifts over every stored maximum, each marked LG0001 at its fold.</summary>
    private static readonly string[] BatchShifts =
    [
        "{t} shift = rowMax.Max(); //~ LG0001",
        "{t} shift = rowMax.Aggregate({t}.NegativeInfinity, Math.Max); //~ LG0001",
        """
        {t} shift = {t}.NegativeInfinity;
                foreach ({t} peak in rowMax) shift = Math.Max(shift, peak); //~ LG0001
        """,
        """
        {t} shift = {t}.NegativeInfinity;
                for (int r = 0; r < batch; r++)
                {
                    if (rowMax[r] > shift) shift = rowMax[r]; //~ LG0001
                }
        """,
    ];

    private static string Source(string type, string parameter, string rows, string element, string extra, string fill, string shift, string rowShift)
    {
        string X(string r, string c) => element.Replace("{r}", r).Replace("{c}", c);
        var exp = type == "float" ? "MathF.Exp" : "Math.Exp";
        var filled = fill.Replace("{x:r,c}", X("r", "c")).Replace("{x:r,0}", X("r", "0"));
        return $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static {{type}}[] Forward({{parameter}}, {{extra}})
                {
                    int batch = {{rows}};
                    var rowMax = new {t}[batch];
            {{filled}}
                    {{shift}}
                    var y = new {t}[batch * classes];
                    for (int r = 0; r < batch; r++)
                    {
                        {t} sum = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            y[r * classes + c] = {{exp}}({{X("r", "c")}} - {{rowShift}});
                            sum += y[r * classes + c];
                        }
                        for (int c = 0; c < classes; c++) y[r * classes + c] /= sum;
                    }
                    return y;
                }
            }
            """.Replace("{t}", type);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task MaxOverStoredRowMaxima_IsLG0001(string type, string parameter, string rows, string element, string extra)
    {
        foreach (var fill in Fills)
        {
            foreach (var shift in BatchShifts)
            {
                await AssertMarked(Source(type, parameter, rows, element, extra, fill, shift, "shift"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task OwnStoredRowMaximum_IsSilent(string type, string parameter, string rows, string element, string extra)
    {
        foreach (var fill in Fills)
        {
            // The batch peak computed but unused, and each row shifted by its own stored maximum.
            Assert.Empty(await Ids(Source(type, parameter, rows, element, extra, fill, "{t} unused = rowMax.Max();", "rowMax[r]")));
            Assert.Empty(await Ids(Source(type, parameter, rows, element, extra, fill, "", "rowMax[r]")));
        }
    }

    /// <summary>Stored per-class maxima over the batch (class-major data): their max is still one value for every row, LG0001.</summary>
    [Fact]
    public async Task MaxOverStoredColumnMaxima_IsLG0001()
    {
        const string Source = """
            using System;
            using System.Linq;

            public static class Repro
            {
                public static double[] Forward(double[] x, int classes)
                {
                    int batch = x.Length / classes;
                    var colMax = new double[classes];
                    for (int c = 0; c < classes; c++)
                    {
                        double m = double.NegativeInfinity;
                        for (int r = 0; r < batch; r++) m = Math.Max(m, x[r * classes + c]);
                        colMax[c] = m;
                    }
                    double shift = colMax.Max(); //~ LG0001
                    var y = new double[x.Length];
                    for (int r = 0; r < batch; r++)
                    {
                        double sum = 0;
                        for (int c = 0; c < classes; c++) sum += y[r * classes + c] = Math.Exp(x[r * classes + c] - shift);
                        for (int c = 0; c < classes; c++) y[r * classes + c] /= sum;
                    }
                    return y;
                }
            }
            """;
        await AssertMarked(Source);
    }

    private static async Task<List<string>> Ids(string source)
    {
        var compilation = FixRunner.CompileRecreation(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return (await FixRunner.AnalyzeAsync(compilation))
            .Select(d => $"{d.Id}@{d.Location.GetLineSpan().StartLinePosition.Line + 1}")
            .OrderBy(entry => entry, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task AssertMarked(string source) =>
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await Ids(source));
}
