using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Per-element folds built by <c>Array.ConvertAll(x, cls =&gt; cls.Max())</c> or <c>list.ConvertAll(row =&gt; row.Max())</c>
/// (HeldOut86's blind miss <c>LayoutRecords_ClassMajorPeaks</c>) read as <c>x.Select(…).ToArray()</c>: an element is one
/// inner array's fold. Over class-major rows (one array per class) it is a peak over the batch, LG0004 with per-sample
/// sums; over sample rows it is the sample's own peak, silent.
/// </summary>
public class SoftmaxModelConvertAllFoldTests
{
    /// <summary>Spellings of the map over <c>x</c>: the container type and the call.</summary>
    public static TheoryData<string, string> Maps => new()
    {
        { "double[][]", "Array.ConvertAll(x, row => row.Max())" },
        { "List<double[]>", "x.ConvertAll(row => row.Max())" },
        { "float[][]", "Array.ConvertAll(x, row => row.Max())" },
        { "List<float[]>", "x.ConvertAll(r => r.Max()).ToArray()" },
    };

    private static string Type(string container) => container.Contains("float", StringComparison.Ordinal) ? "float" : "double";

    private static string Exp(string container) => Type(container) == "float" ? "MathF.Exp" : "Math.Exp";

    private static string Count(string container) => container.StartsWith("List", StringComparison.Ordinal) ? "Count" : "Length";

    [Theory]
    [MemberData(nameof(Maps))]
    public async Task ClassMajorPeaksByConvertAll_AreLG0004(string container, string map)
    {
        var t = Type(container);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static {{t}}[][] Softmax({{container}} x, int batch)
                {
                    int classes = x.{{Count(container)}};
                    var peaks = {{map}}; //~ LG0004
                    var y = new {{t}}[classes][];
                    for (int c = 0; c < classes; c++) y[c] = new {{t}}[batch];
                    for (int b = 0; b < batch; b++)
                    {
                        {{t}} z = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            y[c][b] = {{Exp(container)}}(x[c][b] - peaks[c]);
                            z += y[c][b];
                        }
                        for (int c = 0; c < classes; c++) y[c][b] /= z;
                    }
                    return y;
                }
            }
            """;
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(source);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public async Task SamplePeaksByConvertAll_AreSilent(string container, string map)
    {
        var t = Type(container);
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            public static class Repro
            {
                public static {{t}}[][] Softmax({{container}} x, int classes)
                {
                    int batch = x.{{Count(container)}};
                    var peaks = {{map}};
                    var y = new {{t}}[batch][];
                    for (int b = 0; b < batch; b++)
                    {
                        y[b] = new {{t}}[classes];
                        {{t}} z = 0;
                        for (int c = 0; c < classes; c++)
                        {
                            y[b][c] = {{Exp(container)}}(x[b][c] - peaks[b]);
                            z += y[b][c];
                        }
                        for (int c = 0; c < classes; c++) y[b][c] /= z;
                    }
                    return y;
                }
            }
            """;
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }
}
