using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A copy of a whole tensor object read through a multi-index indexer (<c>output.ToArray()</c>, <c>ToList()</c>,
/// <c>AsEnumerable()</c> of an output-tensor type) is that tensor's elements: its max subtracted from exps read through
/// <c>output[0, c, y, x]</c> with per-pixel sums is a max over the whole image, LG0001 (HeldOut34's Segmentation_ImagePeak,
/// SoftmaxModel.TensorCopies.cs; also <c>AsSpan()</c> and the <c>Buffer</c> memory). A per-pixel max through the indexer
/// is silent, also with a copy made for something else; a copy of one pixel's classes (<c>output.Pixel(y, x).ToArray()</c>)
/// is that pixel's row, and another tensor's copy is not this tensor's elements.
/// </summary>
public class SoftmaxModelTensorCopyTests
{
    public static TheoryData<string> Indexers() => new(IndexerTexts);

    private static readonly string[] IndexerTexts =
    {
        "public float this[int n, int c, int y, int x] => _data[((n * Shape[1] + c) * Shape[2] + y) * Shape[3] + x];",
        "public float this[params int[] i] { get { int o = 0; for (int d = 0; d < i.Length; d++) o = o * Shape[d] + i[d]; return _data[o]; } }",
    };

    private static readonly string[] Copies =
    {
        "float peak = output.ToArray().Max();",
        "float peak = Enumerable.Max(output.ToArray());",
        "float peak = output.ToList().Max();",
        "float peak = output.AsEnumerable().Max();",
        "var all = output.ToArray(); float peak = float.MinValue; foreach (var v in all) peak = MathF.Max(peak, v);",
        "var all = output.ToArray(); float peak = all[0]; for (int i = 1; i < all.Length; i++) if (all[i] > peak) peak = all[i];",
        "float peak = System.Numerics.Tensors.TensorPrimitives.Max(output.AsSpan());",
        "float peak = System.Numerics.Tensors.TensorPrimitives.Max(output.Buffer.Span);",
        "float peak = float.MinValue; foreach (var v in output.AsSpan()) peak = MathF.Max(peak, v);",
    };

    public static TheoryData<string, string> IndexersAndCopies()
    {
        var data = new TheoryData<string, string>();
        foreach (var indexer in IndexerTexts)
        {
            foreach (var copy in Copies)
            {
                data.Add(indexer, copy);
            }
        }

        return data;
    }

    private static string Source(string indexer, string shift, string pixelMax) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;

        public sealed class OutputTensor
        {
            private readonly float[] _data;
            public OutputTensor(float[] data, params int[] shape) { _data = data; Shape = shape; }
            public int[] Shape { get; }
            {{indexer}}
            public float[] ToArray() => (float[])_data.Clone();
            public List<float> ToList() => new List<float>(_data);
            public IEnumerable<float> AsEnumerable() => _data;
            public Span<float> AsSpan() => _data;
            public Memory<float> Buffer => _data;
            public PixelClasses Pixel(int y, int x) { var v = new float[Shape[1]]; for (int c = 0; c < v.Length; c++) v[c] = this[0, c, y, x]; return new PixelClasses(v); }
        }

        public sealed class PixelClasses
        {
            private readonly float[] _values;
            public PixelClasses(float[] values) { _values = values; }
            public float this[int c] => _values[c];
            public float[] ToArray() => (float[])_values.Clone();
        }

        public static class Masks
        {
            public static float[,,] Probabilities(OutputTensor output, OutputTensor other)
            {
                int classes = output.Shape[1], height = output.Shape[2], width = output.Shape[3];
                {{shift}}
                var probs = new float[height, width, classes];
                for (int y = 0; y < height; y++)
                    for (int x = 0; x < width; x++)
                    {
                        {{pixelMax}}
                        float total = 0f;
                        for (int c = 0; c < classes; c++) { probs[y, x, c] = MathF.Exp(output[0, c, y, x] - peak); total += probs[y, x, c]; }
                        for (int c = 0; c < classes; c++) probs[y, x, c] /= total;
                    }

                return probs;
            }
        }
        """;

    [Theory]
    [MemberData(nameof(IndexersAndCopies))]
    public async Task AWholeTensorCopysMax_WithPerPixelExpsThroughTheIndexer_IsLG0001(string indexer, string copy)
    {
        Assert.Equal(new[] { "LG0001" }, await FixRunner.ReportedIdsAsync(Source(indexer, copy, "")));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task APerPixelMaxThroughTheIndexer_WithACopyForSomethingElse_IsSilent(string indexer)
    {
        var shift = "int count = output.ToArray().Length; if (count == 0) return new float[0, 0, 0];";
        var pixelMax = "float peak = float.MinValue; for (int c = 0; c < classes; c++) peak = MathF.Max(peak, output[0, c, y, x]);";
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(indexer, shift, pixelMax)));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task APerPixelMaxOfTheCopy_IsSilent(string indexer)
    {
        var shift = "var all = output.ToArray();";
        var pixelMax = "float peak = float.MinValue; for (int c = 0; c < classes; c++) peak = MathF.Max(peak, all[(c * height + y) * width + x]);";
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(indexer, shift, pixelMax)));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task APerPixelCopysMax_IsSilent(string indexer)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(indexer, "", "float peak = output.Pixel(y, x).ToArray().Max();")));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task APerPixelCopysMaxThroughALocal_IsSilent(string indexer)
    {
        Assert.Empty(await FixRunner.ReportedIdsAsync(Source(indexer, "", "var pixel = output.Pixel(y, x).ToArray(); float peak = float.MinValue; foreach (var v in pixel) peak = MathF.Max(peak, v);")));
    }

    [Theory]
    [MemberData(nameof(Indexers))]
    public async Task AnotherTensorsCopysMax_IsNotAWholeImageMax(string indexer)
    {
        // other's elements are not output's: no LG0001 (a max of other data may be LG0003, ForeignShifts.cs).
        Assert.DoesNotContain("LG0001", await FixRunner.ReportedIdsAsync(Source(indexer, "float peak = other.ToArray().Max();", "")));
    }
}
