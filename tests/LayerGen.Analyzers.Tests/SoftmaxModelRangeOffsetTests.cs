using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row reached only through <c>var (offset, length) = rowRange.GetOffsetAndLength(n)</c> of a <c>Range</c> local (or
/// a range written in place) is that range's slice: <c>for (k = offset; k &lt; offset + length; k++)</c> walks row r
/// (HeldOut95's miss <c>RangesIndices_PrefixPeak</c>). A peak over a prefix or the whole buffer is then wider than the
/// row (LG0001), a total never reset per row sums every row (LG0002); the row's own peak and total are silent.
/// </summary>
public class SoftmaxModelRangeOffsetTests
{
    /// <summary>Peak spellings: {marker} marks those wider than the row.</summary>
    public static TheoryData<string, string> Peaks => new()
    {
        { "x[..rowRange.End].Max()", " //~ LG0001" },
        { "x.Max()", " //~ LG0001" },
        { "x[..(offset + length)].Max()", " //~ LG0001" },
        { "x[rowRange].Max()", "" },
        { "x[offset..(offset + length)].Max()", "" },
        { "x.AsSpan(rowRange).ToArray().Max()", "" },
        { "x.Skip(offset).Take(length).Max()", "" },
    };

    /// <summary>Flat row-major float buffer, HeldOut95's layout: exps walked from the offset, normalised through AsSpan(range).</summary>
    [Theory]
    [MemberData(nameof(Peaks))]
    public async Task FlatFloat_RowThroughOffsetAndLength(string peak, string marker)
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
                        var (offset, length) = rowRange.GetOffsetAndLength(x.Length);
                        float peak = {{peak}};{{marker}}
                        float total = 0f;
                        for (int k = offset; k < offset + length; k++)
                        {
                            y[k] = MathF.Exp(x[k] - peak);
                            total += y[k];
                        }
                        foreach (ref float p in y.AsSpan(rowRange))
                            p /= total;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>
    /// Double, the range written in place and the row walked by a <c>while</c> loop; the total declared in the row
    /// (silent) or once above it (LG0002: it sums every row).
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FlatDouble_WhileWalkFromOffset(bool totalPerRow)
    {
        var (outer, inner, marker) = totalPerRow ? ("", "double total = 0;", "") : ("double total = 0;", "", " //~ LG0002");
        var source = $$"""
            using System;

            public static class Repro
            {
                public static double[] Forward(double[] x, int n)
                {
                    var y = new double[x.Length];
                    {{outer}}
                    for (int r = 0; r < x.Length / n; r++)
                    {
                        (int offset, int length) = ((r * n)..((r + 1) * n)).GetOffsetAndLength(x.Length);
                        double peak = double.NegativeInfinity;
                        for (int k = offset; k < offset + length; k++) peak = Math.Max(peak, x[k]);
                        {{inner}}
                        int i = offset;
                        while (i < offset + length)
                        {
                            y[i] = Math.Exp(x[i] - peak);
                            total += y[i];{{marker}}
                            i++;
                        }
                        for (int k = offset; k < offset + length; k++) y[k] /= total;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    /// <summary>Float, the row as a span at the offset (<c>y.AsSpan(offset, length)</c>); a prefix peak through the range's end.</summary>
    [Theory]
    [InlineData("x.AsSpan(offset, length)", "")]
    [InlineData("x.AsSpan(0, offset + length)", " //~ LG0001")]
    public async Task FlatFloat_SpanAtOffset(string peakRow, string marker)
    {
        var source = $$"""
            using System;

            public static class Repro
            {
                public static void Forward(float[] x, float[] y, int n)
                {
                    for (int r = 0; r < x.Length / n; r++)
                    {
                        var rowRange = (r * n)..((r + 1) * n);
                        var (offset, length) = rowRange.GetOffsetAndLength(x.Length);
                        ReadOnlySpan<float> scan = {{peakRow}};
                        float peak = float.NegativeInfinity;
                        foreach (float v in scan) peak = MathF.Max(peak, v);{{marker}}
                        Span<float> dst = y.AsSpan(offset, length);
                        float total = 0f;
                        for (int j = 0; j < length; j++)
                        {
                            dst[j] = MathF.Exp(x[offset + j] - peak);
                            total += dst[j];
                        }
                        for (int j = 0; j < length; j++) dst[j] /= total;
                    }
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }
}
