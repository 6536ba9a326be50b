using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model on rows grouped one level deeper than a list of rows, and on slots walked inside a group's block
/// (HeldOut17's Retro_RawNeighbourExp and Flamingo_PeakPerMediaToken): a <c>List&lt;float[][]&gt;</c> holds a jagged
/// matrix per element, a level per nested array like <c>float[][][]</c>; a slot <c>peak[j]</c> walked from
/// <c>image * latents</c> with <c>image</c> a group id looked up per text token (<c>imageOf[t]</c>, or the value of a
/// deconstructed dictionary entry) is shared by the tokens of one group, so a fold into it runs over the tokens.
/// </summary>
public class SoftmaxModelGroupedRowsTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        """;

    [Theory]
    [InlineData("List<float[][]>", "query.Select(MathF.Exp)", "LG0003@9")]
    [InlineData("List<float[][]>", "query.Select(s => MathF.Exp(s * scale))", "LG0003@9")]
    [InlineData("IReadOnlyList<float[][]>", "query.Select(s => MathF.Exp(s * scale))", "LG0003@9")]
    [InlineData("float[][][]", "query.Select(s => MathF.Exp(s * scale))", "LG0003@9")]
    [InlineData("List<float[][]>", "query.Select(s => MathF.Exp(s * scale - query.Max() * scale))", "")]
    [InlineData("List<float[][]>", "query.Select(s => MathF.Exp((s - query.Max()) * scale))", "")]
    public async Task ListOfJaggedMatrices_IsOneLevelPerNestedArray(string chunksType, string exps, string expected)
    {
        var source = Usings + $$"""
            static class C {
                static List<float[]> F({{chunksType}} chunks, float scale) {
                    var result = new List<float[]>();
                    foreach (float[][] chunk in chunks) {
                        foreach (float[] query in chunk) {
                            float[] e = {{exps}}.ToArray();
                            float z = e.Sum();
                            result.Add(e.Select(v => v / z).ToArray());
                        }
                    }
                    return result;
                }
            }
            """;
        Assert.Contains("| dims {chunks.d0,chunks.d1,chunks.d2} | sum z {chunks.d2} |", ModelDescriptions.Of(source)["F"], StringComparison.Ordinal);
        Assert.Equal(expected, await Reported(source));
    }

    [Fact]
    public async Task SumOverEveryQueryOfAListedChunk_IsTooWide()
    {
        // One denominator per chunk spans its queries too: the list's third level is the softmax axis, not its second.
        var source = Usings + """
            static class C {
                static List<float[][]> F(List<float[][]> chunks) {
                    foreach (float[][] chunk in chunks) {
                        float z = 0f;
                        foreach (float[] query in chunk) {
                            float m = query.Max();
                            for (int k = 0; k < query.Length; k++) { query[k] = MathF.Exp(query[k] - m); z += query[k]; }
                        }
                        foreach (float[] query in chunk)
                            for (int k = 0; k < query.Length; k++) query[k] /= z;
                    }
                    return chunks;
                }
            }
            """;
        Assert.Equal("LG0002@10", await Reported(source));
    }

    /// <summary>How the text token's group id is read: a lookup array, or a deconstructed dictionary entry's value.</summary>
    public static TheoryData<string, string> GroupWalks() => new()
    {
        { "int[] imageOf", "for (int t = 0; t < scores.Length; t++) { int image = imageOf[t]; if (image < 0) continue;" },
        { "int[] imageOf", "for (int t = 0; t < scores.Length; t++) { int image = imageOf[t];" },
        { "IReadOnlyDictionary<int, int> imageOf", "foreach ((int t, int image) in imageOf) {" },
        { "Dictionary<int, int> imageOf", "foreach (var (t, image) in imageOf) {" },
    };

    [Theory]
    [MemberData(nameof(GroupWalks))]
    public async Task SlotPeakOverTheTokensOfAGroupBlock_IsAnotherAxis(string parameter, string walk)
    {
        foreach (var start in new[] { "image * latents", "latents * image" })
        {
            var source = GroupedSoftmax(parameter, $$"""
                var peak = new float[scores[0].Length];
                Array.Fill(peak, float.NegativeInfinity);
                {{walk}}
                    for (int j = {{start}}; j < {{start}} + latents; j++)
                        peak[j] = MathF.Max(peak[j], scores[t][j]);
                }
                """, "peak[j]");
            Assert.Equal("LG0004@10", await Reported(source));
        }
    }

    [Theory]
    [MemberData(nameof(GroupWalks))]
    public async Task PeakOfEachTokenOverItsGroupBlock_IsTheSoftmaxAxis(string parameter, string walk)
    {
        // The same walks, each token's own peak over its image's latents: correct, silent.
        var source = GroupedSoftmax(parameter, $$"""
            var peak = new float[scores.Length];
            Array.Fill(peak, float.NegativeInfinity);
            {{walk}}
                for (int j = image * latents; j < (image + 1) * latents; j++)
                    peak[t] = MathF.Max(peak[t], scores[t][j]);
            }
            """, "peak[t]");
        Assert.Equal(string.Empty, await Reported(source));
    }

    [Fact]
    public void DeconstructedDictionaryValue_IsALookupNotAWalkedIndex()
    {
        // foreach ((t, image) in imageOf): the walk steps through the keys t; image * latents only moves the block, so the
        // slot peak[j] still walks the latent axis and folds over the tokens (not over the latents and tokens at once).
        var source = GroupedSoftmax("IReadOnlyDictionary<int, int> imageOf", """
            var peak = new float[scores[0].Length];
            Array.Fill(peak, float.NegativeInfinity);
            foreach ((int t, int image) in imageOf) {
                for (int j = image * latents; j < (image + 1) * latents; j++)
                    peak[j] = MathF.Max(peak[j], scores[t][j]);
            }
            """, "peak[j]");
        Assert.Contains("| sum z {scores.d1} | max peak {scores.d0} |", ModelDescriptions.Of(source)["F"], StringComparison.Ordinal);
    }

    /// <summary>A softmax per text token over the latents of its image, shifted by <paramref name="shift"/>; the peak code comes first.</summary>
    private static string GroupedSoftmax(string parameter, string peakCode, string shift) => Usings + $$"""
        static class C {
            static float[][] F(float[][] scores, {{parameter}}, int latents) {
                {{peakCode}}
                var w = new float[scores.Length][];
                for (int t = 0; t < scores.Length; t++) {
                    w[t] = new float[scores[t].Length];
                    int image = t % 2;
                    float z = 0f;
                    for (int j = image * latents; j < (image + 1) * latents; j++) { w[t][j] = MathF.Exp(scores[t][j] - {{shift}}); z += w[t][j]; }
                    for (int j = image * latents; j < (image + 1) * latents; j++) w[t][j] /= z;
                }
                return w;
            }
        }
        """;

    /// <summary>The analyzer's diagnostics as <c>ID@line</c>, comma-separated in order.</summary>
    private static async Task<string> Reported(string source) => string.Join(",", await SourceMarkers.ReportedIdsAtLinesAsync(source, assertCompiles: false));
}
