using System.Reflection;
using LayerGen.Generated;

namespace LayerGen.Runtime.Tests;

/// <summary>
/// The runtime side of custom layers: the attributes, the learnable initialiser, the argument checks generated code calls
/// and the version 2 save format for networks with custom layers.
/// </summary>
public class CustomLayerRuntimeTests
{
    [Fact]
    public void Attributes_keep_their_values_and_usage()
    {
        var square = new DifferentiableLayerAttribute(64);
        var rectangle = new DifferentiableLayerAttribute(6, 1);
        Assert.Equal((64, 64, 6, 1), (square.Inputs, square.Outputs, rectangle.Inputs, rectangle.Outputs));
        var learnable = new LearnableAttribute(16) { Initial = 1, StandardDeviation = 0.5 };
        Assert.Equal((16, 1.0, 0.5), (learnable.Length, learnable.Initial, learnable.StandardDeviation));

        Assert.False(typeof(DifferentiableLayerAttribute).GetCustomAttribute<AttributeUsageAttribute>()!.AllowMultiple);
        Assert.Equal(AttributeTargets.Parameter, typeof(LearnableAttribute).GetCustomAttribute<AttributeUsageAttribute>()!.ValidOn);
        AttributeUsageAttribute layer = typeof(LayerAttribute<>).GetCustomAttribute<AttributeUsageAttribute>()!;
        Assert.True(layer.AllowMultiple);
        Assert.Equal(AttributeTargets.Class, layer.ValidOn);
    }

    [Fact]
    public void Learnables_fill_constants_exactly_and_random_values_deterministically()
    {
        float[] constant = new float[5];
        Learnables.Fill<float>(constant, 1.25, 0, seed: 7, stream: 3);
        Assert.All(constant, v => Assert.Equal(1.25f, v));

        double[] a = new double[4000], b = new double[4000], other = new double[4000];
        Learnables.Fill<double>(a, 0.5, 0.1, seed: 7, stream: 3);
        Learnables.Fill<double>(b, 0.5, 0.1, seed: 7, stream: 3);
        Learnables.Fill<double>(other, 0.5, 0.1, seed: 7, stream: 4);
        Assert.Equal(a, b);
        Assert.NotEqual(a, other);
        double mean = a.Average(), sd = Math.Sqrt(a.Select(v => (v - mean) * (v - mean)).Average());
        Assert.InRange(mean, 0.49, 0.51);
        Assert.InRange(sd, 0.095, 0.105);
    }

    [Fact]
    public void Forward_checks_name_the_parameter_and_sizes()
    {
        float[] x = new float[10], y = new float[9];
        ArgumentException ragged = Assert.Throws<ArgumentException>(() => CustomLayerChecks.Forward<float>(x, y, default, 4, 3, 0));
        Assert.Equal("x", ragged.ParamName);
        Assert.Contains("10", ragged.Message, StringComparison.Ordinal);
        ArgumentException shortY = Assert.Throws<ArgumentException>(() => CustomLayerChecks.Forward<float>(new float[12], new float[8], default, 4, 3, 0));
        Assert.Equal("y", shortY.ParamName);
        Assert.Contains("3 × 3 = 9", shortY.Message, StringComparison.Ordinal);
        Assert.Equal("parameters", Assert.Throws<ArgumentException>(() => CustomLayerChecks.Forward<float>(new float[12], y, new float[3], 4, 3, 2)).ParamName);
        Assert.Equal(3, CustomLayerChecks.Forward<float>(new float[12], y, new float[2], 4, 3, 2));
    }

    [Fact]
    public void Backward_checks_allow_an_empty_dx_only_when_optional()
    {
        float[] x = new float[8], dy = new float[6], scratch = new float[5];
        Assert.Equal(2, CustomLayerChecks.Backward<float>(x, dy, default, default, default, scratch, 4, 3, 0, 5, dxOptional: true));
        Assert.Equal("dx", Assert.Throws<ArgumentException>(
            () => CustomLayerChecks.Backward<float>(x, dy, default, default, default, scratch, 4, 3, 0, 5, dxOptional: false)).ParamName);
        Assert.Equal("scratch", Assert.Throws<ArgumentException>(
            () => CustomLayerChecks.Backward<float>(x, dy, new float[8], default, default, new float[4], 4, 3, 0, 5, dxOptional: false)).ParamName);
        Assert.Equal("dx", Assert.Throws<ArgumentException>(
            () => CustomLayerChecks.Backward<float>(x, dy, x, default, default, scratch, 4, 3, 0, 5, dxOptional: false)).ParamName);
        Assert.Equal("parameterGradients", Assert.Throws<ArgumentException>(
            () => CustomLayerChecks.Backward<float>(x, dy, new float[8], new float[2], new float[1], scratch, 4, 3, 2, 5, dxOptional: false)).ParamName);
    }

    [Fact]
    public void Networks_with_custom_layers_save_format_2_and_load_it_back()
    {
        NetworkLayer[] layers =
        [
            NetworkLayer.Affine(2, 3, 0, 6), NetworkLayer.CustomLayer("Norm", 3, 3, 9, 6), NetworkLayer.WithoutParameters(NetworkLayerKind.Relu, 3),
            NetworkLayer.Affine(3, 2, 15, 21),
        ];
        double[] parameters = Enumerable.Range(0, 23).Select(i => i * 0.5).ToArray();
        using var stream = new MemoryStream();
        NetworkParameters.Save<double>(stream, parameters, layers);
        byte[] bytes = stream.ToArray();
        Assert.Equal(2, BitConverter.ToInt32(bytes, 4));
        Assert.Equal(16 + 16 + 4 + 12 + (23 * 8), bytes.Length);

        double[] loaded = new double[23];
        NetworkParameters.Load<double>(new MemoryStream(bytes), loaded, layers, "Net");
        Assert.Equal(parameters, loaded);

        NetworkLayer[] otherNorm = [layers[0], NetworkLayer.CustomLayer("Norm", 3, 3, 9, 3), layers[2], NetworkLayer.Affine(3, 2, 12, 18)];
        InvalidDataException mismatch = Assert.Throws<InvalidDataException>(() => NetworkParameters.Load<double>(new MemoryStream(bytes), new double[20], otherNorm, "Net"));
        Assert.Contains("custom layers [3→3 with 6 parameters] but Net has custom layers [3→3 with 3 parameters]", mismatch.Message, StringComparison.Ordinal);

        BitConverter.TryWriteBytes(bytes.AsSpan(32, 4), -5); // the custom layer count
        Assert.Contains("corrupt", Assert.Throws<InvalidDataException>(() => NetworkParameters.Load<double>(new MemoryStream(bytes), loaded, layers, "Net")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Networks_without_custom_layers_still_write_format_1()
    {
        NetworkLayer[] layers = [NetworkLayer.Affine(2, 3, 0, 6)];
        using var stream = new MemoryStream();
        NetworkParameters.Save<float>(stream, new float[9], layers);
        Assert.Equal(1, BitConverter.ToInt32(stream.ToArray(), 4));
        Assert.Equal(16 + 8 + 36, stream.Length);
    }
}
