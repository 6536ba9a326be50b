using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A <c>Range</c> or <c>Index</c> held in a local is read through its definition (HeldOut95's miss
/// <c>RangesIndices_PrefixPeak</c>: <c>Range rowRange = (r * n)..((r + 1) * n); x[..rowRange.End].Max()</c> is the
/// prefix of rows 0..r, LG0001). The row itself taken through the local (<c>x[rowRange]</c>, <c>x.AsSpan(rowRange)</c>,
/// <c>x[rowRange.Start..rowRange.End]</c>) is one row: silent.
/// </summary>
public class SoftmaxModelRangeLocalTests
{
    /// <summary>Peak spellings: {marker} marks the prefix ones.</summary>
    public static TheoryData<string, string> Peaks => new()
    {
        { "x[..rowRange.End].Max()", " //~ LG0001" },
        { "x[..rowRange.End.Value].Max()", " //~ LG0001" },
        { "x[0..rowEnd].Max()", " //~ LG0001" },
        { "x[rowRange].Max()", "" },
        { "x[rowRange.Start..rowRange.End].Max()", "" },
        { "x.AsSpan(rowRange).ToArray().Max()", "" },
        { "x[rowRange.Start.Value..rowRange.End.Value].Max()", "" },
    };

    /// <summary>Flat row-major float buffer, the row's exps walked by an index loop over the row.</summary>
    [Theory]
    [MemberData(nameof(Peaks))]
    public async Task FlatFloat_PeakThroughRangeLocal(string peak, string marker)
    {
        var source = $$"""
            using System;
            using System.Linq;

            public static class Repro
            {
                public static float[] Forward(float[] x, int classes)
                {
                    var y = new float[x.Length];
                    int rows = x.Length / classes;
                    for (int r = 0; r < rows; r++)
                    {
                        Range rowRange = (r * classes)..((r + 1) * classes);
                        Index rowEnd = (r + 1) * classes;
                        float peak = {{peak}};{{marker}}
                        float total = 0f;
                        for (int k = r * classes; k < (r + 1) * classes; k++)
                        {
                            y[k] = MathF.Exp(x[k] - peak);
                            total += y[k];
                        }
                        for (int k = r * classes; k < (r + 1) * classes; k++) y[k] /= total;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>A double loop fold bounded by the range local's end: from 0 is a prefix, from its start one row.</summary>
    [Theory]
    [InlineData("int k = 0; k < rowRange.End.Value; k++", " //~ LG0001")]
    [InlineData("int k = rowRange.Start.Value; k < rowRange.End.Value; k++", "")]
    public async Task FlatDouble_LoopBoundedByRangeLocal(string loop, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[] Forward(double[] x, int n)
                {
                    var y = new double[x.Length];
                    for (int r = 0; r < x.Length / n; r++)
                    {
                        var rowRange = (r * n)..((r + 1) * n);
                        double peak = double.NegativeInfinity;
                        for ({{loop}})
                            peak = Math.Max(peak, x[k]);{{marker}}
                        double total = 0;
                        for (int k = r * n; k < (r + 1) * n; k++) total += y[k] = Math.Exp(x[k] - peak);
                        for (int k = r * n; k < (r + 1) * n; k++) y[k] /= total;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
