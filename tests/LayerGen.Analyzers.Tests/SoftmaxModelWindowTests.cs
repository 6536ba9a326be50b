using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// 2-D window softmaxes (<see cref="SoftmaxSite.MovedAtoms"/>): a sum restarted for every window, whose window loops
/// move along the same dimensions the sum folds, is one window's softmax (<see cref="SiteAxes.SumCoversBatch"/> false);
/// a sum over the whole map, or one never restarted, is not a window.
/// </summary>
public class SoftmaxModelWindowTests
{
    /// <summary>A ws×ws window softmax over a map; WINDOW is the window loop header, CELL the cell read, RESET where the sum starts.</summary>
    private const string Template = """
        using System;
        static class C {
            static void F(float[,] a, float[] f, float[][] g, int h, int w, int ws, float[,] ya, float[] yf, float[][] yg) {
                OUTER_RESET
                for (int wy = 0; wy < h; wy += ws) {
                    for (int wx = 0; wx < w; wx += ws) {
                        INNER_RESET
                        for (int dy = 0; dy < ws; dy++)
                            for (int dx = 0; dx < ws; dx++) { OUT = MathF.Exp(CELL); s += OUT; }
                        for (int dy = 0; dy < ws; dy++)
                            for (int dx = 0; dx < ws; dx++) OUT /= s;
                    }
                }
            }
        }
        """;

    public static TheoryData<string, string> Layouts() => new()
    {
        { "a[wy + dy, wx + dx]", "ya[wy + dy, wx + dx]" },
        { "a[dy + wy, dx + wx]", "ya[dy + wy, dx + wx]" },
        { "f[(wy + dy) * w + wx + dx]", "yf[(wy + dy) * w + wx + dx]" },
        { "f[wy * w + dy * w + dx + wx]", "yf[wy * w + dy * w + dx + wx]" },
        { "g[wy + dy][wx + dx]", "yg[wy + dy][wx + dx]" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void SumRestartedPerWindow_IsOneWindowsSoftmax(string cell, string output)
    {
        var site = Site(Write(cell, output, reset: "inner"));
        var axes = site.Axes.Axes;
        Assert.NotEmpty(site.Site.MovedAtoms);
        Assert.False(axes.SumCoversBatch);
        if (!cell.StartsWith('f'))
        {
            // Rank and jagged windows: wy and dy both walk the map's rows (flat windows are strides ws and w·ws, apart from the sum's 1 and w).
            Assert.True(axes.Moved.Overlaps(axes.Sum), $"window loops move along {string.Join(",", axes.Moved)}, sum {string.Join(",", axes.Sum)}");
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void SumDeclaredAboveTheWindows_IsReadWhileItAccumulates(string cell, string output)
    {
        var site = Site(Write(cell, output, reset: "outer"));
        Assert.True(site.Site.Sum.IsPartial);
    }

    [Fact]
    public void WholeMapSoftmax_HasNoWindowLoops_AndCoversTheBatch()
    {
        const string source = """
            using System;
            static class C {
                static void F(float[,] a, float[,] y) {
                    float s = 0f;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++) { y[i, j] = MathF.Exp(a[i, j]); s += y[i, j]; }
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++) y[i, j] /= s;
                }
            }
            """;
        var site = Site(source);
        Assert.Empty(site.Site.MovedAtoms);
        Assert.True(site.Axes.Axes.SumCoversBatch);
    }

    [Fact]
    public void RowSoftmax_RowLoopMovesAnotherDimension_ThanTheSumFolds()
    {
        const string source = """
            using System;
            static class C {
                static void F(float[,] a, float[,] y) {
                    for (int i = 0; i < a.GetLength(0); i++) {
                        float s = 0f;
                        for (int j = 0; j < a.GetLength(1); j++) { y[i, j] = MathF.Exp(a[i, j]); s += y[i, j]; }
                        for (int j = 0; j < a.GetLength(1); j++) y[i, j] /= s;
                    }
                }
            }
            """;
        var (site, (model, axes)) = Site(source);
        Assert.NotEmpty(site.MovedAtoms);
        Assert.False(axes.Moved.Overlaps(axes.Sum));
        Assert.False(axes.SumCoversBatch);
        Assert.Contains("| dims {a.r0,a.r1} | sum s {a.r1} |", model.Describe(), StringComparison.Ordinal);
    }

    private static string Write(string cell, string output, string reset) => Template
        .Replace("OUTER_RESET", reset == "outer" ? "float s = 0f;" : string.Empty)
        .Replace("INNER_RESET", reset == "inner" ? "float s = 0f;" : string.Empty)
        .Replace("CELL", cell)
        .Replace("OUT", output);

    private static (SoftmaxSite Site, (SoftmaxModel Model, SiteAxes Axes) Axes) Site(string source)
    {
        var model = ModelDescriptions.Method(source, "F");
        var site = Assert.Single(model.Sites);
        return (site, (model, site.Axes(model.Classes)));
    }
}
