using LayerGen.Generator.Tests.Infrastructure;

namespace LayerGen.Generator.Tests;

/// <summary>
/// The generated source of representative classes, compared with the files in <c>Snapshots/</c>.
/// Update them with <c>LAYERGEN_UPDATE_SNAPSHOTS=1 dotnet test tests/LayerGen.Generator.Tests --filter SnapshotTests</c>.
/// </summary>
public class SnapshotTests
{
    [Theory]
    [InlineData("Softmax10", "[Softmax(10)] public partial class Probabilities;", "Demo.Probabilities.g.cs")]
    [InlineData("SoftmaxWithLoss10", "[SoftmaxWithLoss(10)] public partial class OutputLoss;", "Demo.OutputLoss.g.cs")]
    [InlineData("Softmax48", "[Softmax(48)] public partial class Logits48;", "Demo.Logits48.g.cs")]
    [InlineData("Softmax17Vector256", "[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(17)] public partial class Wide;", "Demo.Wide.g.cs")]
    [InlineData("Relu", "[Relu] public partial class Rectifier;", "Demo.Rectifier.g.cs")]
    [InlineData("TinyNetDouble",
        "[LayerOptions(Precision = Precision.Double, Seed = 42, Kernel = SoftmaxKernel.Vector256)] [Affine(4, 5), Relu, Affine(5, 3), SoftmaxWithLoss] public partial class TinyNetDouble;",
        "Demo.TinyNetDouble.g.cs")]
    [InlineData("FashionNet",
        "[Affine(784, 256), Relu] [Affine(256, 128), Relu] [Affine(128, 10), SoftmaxWithLoss] public partial class FashionNet;",
        "Demo.FashionNet.g.cs")]
    [InlineData("LayerNorm4", LayerNorm4, "Demo.LayerNorm4.g.cs")]
    public void Generated_source_matches_snapshot(string snapshot, string declaration, string hintName)
    {
        GeneratorResult result = GeneratorRunner.Run($"using LayerGen;\nnamespace Demo;\n{declaration}\n");

        Assert.Equal([hintName], result.Sources.Keys);
        Assert.Empty(GeneratorRunner.Problems(result.Output));
        Snapshot.Verify(result.Sources[hintName], snapshot + ".g.cs");
    }

    /// <summary>A custom layer (LayerNorm with gain and bias), written as in docs/custom-layers.md.</summary>
    private const string LayerNorm4 = """
        [DifferentiableLayer(4)]
        public partial class LayerNorm4
        {
            static void ForwardRow(System.ReadOnlySpan<float> x, System.Span<float> y,
                                   [Learnable(4, Initial = 1)] System.ReadOnlySpan<float> gain, [Learnable(4)] System.ReadOnlySpan<float> bias)
            {
                float mean = 0;
                for (int i = 0; i < x.Length; i++) mean += x[i];
                mean /= x.Length;
                float variance = 0;
                for (int i = 0; i < x.Length; i++) variance += (x[i] - mean) * (x[i] - mean);
                float inverse = 1 / System.MathF.Sqrt(variance / x.Length + 1e-5f);
                for (int i = 0; i < x.Length; i++) y[i] = gain[i] * (x[i] - mean) * inverse + bias[i];
            }
        }
        """;

    [Fact]
    public void Network_with_a_custom_layer_matches_snapshot()
    {
        GeneratorResult result = GeneratorRunner.Run(
            $"using LayerGen;\nnamespace Demo;\n{LayerNorm4}\n[Affine(3, 4), Layer<LayerNorm4>, Relu, Affine(4, 2), SoftmaxWithLoss] public partial class NormNet;\n");

        Assert.Equal(["Demo.LayerNorm4.g.cs", "Demo.NormNet.g.cs"], result.Sources.Keys);
        Assert.Empty(GeneratorRunner.Problems(result.Output));
        Snapshot.Verify(result.Sources["Demo.NormNet.g.cs"], "NormNet.g.cs");
    }

    [Theory]
    [InlineData("[Softmax(40)]", false)]
    [InlineData("[Softmax(48)]", true)]
    [InlineData("[LayerOptions(Precision = Precision.Double)] [Softmax(16)]", false)]
    [InlineData("[LayerOptions(Precision = Precision.Double)] [Softmax(24)]", true)]
    [InlineData("[LayerOptions(Kernel = SoftmaxKernel.Vector256)] [Softmax(48)]", false)]
    [InlineData("[SoftmaxWithLoss(48)]", false)]
    [InlineData("[Affine(4, 48), Softmax]", true)]
    public void Auto_forward_calls_the_runtime_when_Vector512_from_three_Vector512_widths(string attributes, bool expected)
    {
        GeneratorResult result = GeneratorRunner.Run($"using LayerGen;\nnamespace Demo;\n{attributes} public partial class Layer;\n");

        string source = Assert.Single(result.Sources.Values);
        Assert.Empty(GeneratorRunner.Problems(result.Output));
        Assert.Equal(expected, source.Contains("Vector512.IsHardwareAccelerated", StringComparison.Ordinal));
    }
}
