using System.Numerics;

namespace LayerGen.Onnx.Tests;

/// <summary>Bad arguments throw before anything is written, with a message that names the problem and the sizes.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Read_only_stream_is_rejected()
    {
        using var stream = new MemoryStream(new byte[16], writable: false);

        var error = Assert.Throws<ArgumentException>(() => new FloatClassifier().ExportOnnx(stream));

        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("destination", () => new FloatClassifier().ExportOnnx((Stream)null!));
        Assert.Throws<ArgumentNullException>("network", () => ((ISequentialNetwork<float>)null!).ExportOnnx(new MemoryStream()));
        Assert.Throws<ArgumentException>("path", () => new FloatClassifier().ExportOnnx(string.Empty));
    }

    [Fact]
    public void Mismatched_layer_sizes_name_both_layers_and_write_nothing()
    {
        var network = new HandWrittenNetwork<float>(
            [NetworkLayer.Affine(3, 4, 0, 12), NetworkLayer.WithoutParameters(NetworkLayerKind.Relu, 5)], 16);
        using var stream = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => network.ExportOnnx(stream));

        Assert.Equal("network", error.ParamName);
        Assert.Contains("Layer 2 (Relu(5)) reads 5 values per row but layer 1 (Affine(3, 4)) writes 4", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Loss_layer_before_the_end_is_rejected()
    {
        var network = new HandWrittenNetwork<float>(
            [NetworkLayer.Affine(3, 4, 0, 12), NetworkLayer.WithoutParameters(NetworkLayerKind.SoftmaxWithLoss, 4), NetworkLayer.WithoutParameters(NetworkLayerKind.Relu, 4)], 16);

        var error = Assert.Throws<ArgumentException>(() => network.ExportOnnx(new MemoryStream()));

        Assert.Contains("Layer 2 of 3 is SoftmaxWithLoss", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_out_of_range_name_the_span_and_the_count()
    {
        var network = new HandWrittenNetwork<double>([NetworkLayer.Affine(3, 4, 0, 12)], 15);

        var error = Assert.Throws<ArgumentException>(() => network.ExportOnnx(new MemoryStream()));

        Assert.Contains("The bias of layer 1 (Affine(3, 4)) span [12, 16) but the network has 15 parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_export_to_a_path_creates_no_file()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "bad.onnx");
        var network = new HandWrittenNetwork<float>([], 0);

        Assert.Throws<ArgumentException>(() => network.ExportOnnx(path));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Element_types_other_than_float_and_double_are_not_supported()
    {
        var network = new HandWrittenNetwork<Half>([NetworkLayer.Affine(1, 1, 0, 1)], 2);

        var error = Assert.Throws<NotSupportedException>(() => network.ExportOnnx(new MemoryStream()));

        Assert.Contains("Half", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_network_with_a_custom_layer_is_not_supported_and_the_message_names_the_layer()
    {
        using var stream = new MemoryStream();
        var error = Assert.Throws<NotSupportedException>(() => new CustomLayerNet().ExportOnnx(stream));

        Assert.Contains("Layer 2 (Swish8(8, 8))", error.Message, StringComparison.Ordinal);
        Assert.Contains("custom layer 'Swish8'", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void A_hand_described_custom_layer_is_not_supported_either()
    {
        var network = new HandWrittenNetwork<float>(
            [NetworkLayer.Affine(2, 3, 0, 6), NetworkLayer.CustomLayer("Norm", 3, 3, 9, 6), NetworkLayer.WithoutParameters(NetworkLayerKind.SoftmaxWithLoss, 3)], 15);

        var error = Assert.Throws<NotSupportedException>(() => network.ExportOnnx(new MemoryStream()));

        Assert.Contains("'Norm'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Layer_descriptions_check_their_arguments()
    {
        Assert.Throws<ArgumentException>("name", () => NetworkLayer.CustomLayer("", 1, 1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("parameterCount", () => NetworkLayer.CustomLayer("Norm", 1, 1, 0, -1));
        Assert.Throws<ArgumentException>("kind", () => NetworkLayer.WithoutParameters(NetworkLayerKind.Custom, 3));
        Assert.Throws<ArgumentOutOfRangeException>("inputs", () => NetworkLayer.Affine(0, 1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("biasOffset", () => NetworkLayer.Affine(1, 1, 0, -1));
        Assert.Throws<ArgumentException>("kind", () => NetworkLayer.WithoutParameters(NetworkLayerKind.Affine, 3));
        Assert.Throws<ArgumentOutOfRangeException>("size", () => NetworkLayer.WithoutParameters(NetworkLayerKind.Relu, 0));
    }

    /// <summary>A network described by hand, as a user could implement the interface.</summary>
    private sealed class HandWrittenNetwork<T>(NetworkLayer[] layers, int parameterCount) : ISequentialNetwork<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private readonly T[] _parameters = new T[parameterCount];

        public IReadOnlyList<NetworkLayer> Layers => layers;

        public ReadOnlySpan<T> Parameters => _parameters;

        public ReadOnlySpan<T> Forward(ReadOnlySpan<T> input) => throw new NotSupportedException();
    }
}
