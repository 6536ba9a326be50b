using System.Buffers.Binary;
using LayerGen.Package.Tests.Infrastructure;

namespace LayerGen.Package.Tests;

/// <summary>The Fashion-MNIST sample as a user runs it: built-in data, an MNIST-format folder, broken files, bad options.</summary>
/// <remarks>In the packed-package collection so that training never runs beside <c>dotnet pack</c> and the consumer builds.</remarks>
[Collection(PackedPackageCollection.Name)]
public sealed class FashionMnistSampleTests(FashionMnistSample sample) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("layergen-sample-test-").FullName;

    [Fact]
    public void Builtin_data_trains_and_writes_a_png_plot()
    {
        var result = sample.Run(_directory, "--builtin", "--epochs", "1", "--plot", "plot.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("built-in spiral", result.Output, StringComparison.Ordinal);
        Assert.Contains("epoch  1/1", result.Output, StringComparison.Ordinal);
        Assert.InRange(OutputValues.Numbers(result.Output, "final test accuracy")[0], 0.8, 1.0);
        Assert.Contains("recall", result.Output, StringComparison.Ordinal);

        // Redirected output: the progress is plain lines with the rate and the time left, the matrix a table.
        Assert.Contains("epoch  1/1 100.0%", result.Output, StringComparison.Ordinal);
        Assert.Contains("images/s  ETA ", result.Output, StringComparison.Ordinal);
        Assert.Contains("│ 0 arm 0", result.Output, StringComparison.Ordinal);
        var (width, height) = PngSize(Path.Combine(_directory, "plot.png"));
        Assert.True(width >= 400 && height >= 200, $"plot is {width}×{height}");
    }

    [Fact]
    public void Layer_norm_option_trains_the_network_with_the_custom_layer()
    {
        var result = sample.Run(_directory, "--builtin", "--layer-norm", "--epochs", "1", "--plot", "plot.png", "--save", "net.bin");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("network: 784-256-LayerNorm-128-10 ReLU", result.Output, StringComparison.Ordinal);
        Assert.InRange(OutputValues.Numbers(result.Output, "final test accuracy")[0], 0.8, 1.0);
        Assert.Contains("FashionNetLayerNorm.Load reads them", result.Output, StringComparison.Ordinal);
        byte[] saved = File.ReadAllBytes(Path.Combine(_directory, "net.bin"));
        Assert.Equal(2, BitConverter.ToInt32(saved, 4)); // format version 2: the custom layer's shape is in the header
    }

    [Fact]
    public void Layer_norm_and_onnx_export_together_exit_with_2()
    {
        var result = sample.Run(_directory, "--builtin", "--layer-norm", "--export-onnx", "net.onnx");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --layer-norm and --export-onnx exclude each other: ONNX has no operator for a custom layer", result.Error.Split('\n')[0]);
        Assert.False(File.Exists(Path.Combine(_directory, "net.onnx")));
    }

    [Fact]
    public void Without_data_files_it_falls_back_to_the_builtin_set_and_says_how_to_get_the_real_one()
    {
        string empty = Directory.CreateDirectory(Path.Combine(_directory, "empty")).FullName;

        var result = sample.RunWithDefaultDataDirectory(_directory, empty, "--epochs", "1", "--plot", "plot.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"No Fashion-MNIST files in {empty}", result.Output, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install dataset-fashion-mnist", result.Output, StringComparison.Ordinal);
        Assert.Contains("built-in spiral", result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "plot.png")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Mnist_format_folder_trains_plain_or_gzip(bool gzip)
    {
        IdxWriter.WriteFolder(_directory, trainCount: 600, testCount: 200, gzip, seed: 3);

        var result = sample.Run(_directory, "--data", _directory, "--epochs", "2", "--batch-size", "32", "--plot", "p.png");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("train: 600 images", result.Output, StringComparison.Ordinal);
        Assert.InRange(OutputValues.Numbers(result.Output, "final test accuracy")[0], 0.9, 1.0);
    }

    [Fact]
    public void Wrong_magic_number_is_one_line_naming_the_file()
    {
        IdxWriter.WriteFolder(_directory, 20, 10, gzip: false, seed: 1);
        string labels = Path.Combine(_directory, "t10k-labels-idx1-ubyte");
        var bytes = File.ReadAllBytes(labels);
        BinaryPrimitives.WriteInt32BigEndian(bytes, 0x803);
        File.WriteAllBytes(labels, bytes);

        AssertOneLineError(labels, "magic number 0x00000803");
    }

    [Fact]
    public void Truncated_image_file_is_one_line_naming_the_file()
    {
        IdxWriter.WriteFolder(_directory, 20, 10, gzip: false, seed: 1);
        string images = Path.Combine(_directory, "train-images-idx3-ubyte");
        var bytes = File.ReadAllBytes(images);
        File.WriteAllBytes(images, bytes[..(bytes.Length - 100)]);

        AssertOneLineError(images, "truncated");
    }

    [Fact]
    public void Truncated_gzip_file_is_one_line_naming_the_file()
    {
        IdxWriter.WriteFolder(_directory, 200, 10, gzip: true, seed: 1);
        string images = Path.Combine(_directory, "train-images-idx3-ubyte.gz");
        var bytes = File.ReadAllBytes(images);
        File.WriteAllBytes(images, bytes[..(bytes.Length / 2)]);

        AssertOneLineError(images, "truncated");
    }

    [Fact]
    public void Label_count_different_from_image_count_is_one_line_naming_the_file()
    {
        IdxWriter.WriteFolder(_directory, 20, 10, gzip: false, seed: 1);
        string labels = Path.Combine(_directory, "train-labels-idx1-ubyte");
        IdxWriter.Write(labels, IdxWriter.Idx(0x801, [19], new byte[19]));

        AssertOneLineError(labels, "19 labels but");
    }

    [Fact]
    public void Missing_file_is_one_line_naming_the_file()
    {
        IdxWriter.WriteFolder(_directory, 20, 10, gzip: false, seed: 1);
        File.Delete(Path.Combine(_directory, "t10k-images-idx3-ubyte"));

        AssertOneLineError(Path.Combine(_directory, "t10k-images-idx3-ubyte"), "file not found");
    }

    [Fact]
    public void Help_lists_every_option_and_exits_with_0()
    {
        var result = sample.Run(_directory, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var option in new[] { "--data", "--builtin", "--epochs", "--batch-size", "--optimizer", "--learning-rate", "--momentum", "--seed", "--threads", "--layer-norm", "--plot", "--export-onnx", "--save" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--epochs", "option '--epochs' needs a value")]
    [InlineData("--plot", "option '--plot' needs a value")]
    public void Option_without_its_value_exits_with_2(string option, string message)
    {
        var result = sample.Run(_directory, option);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: " + message, result.Error.Split('\n')[0]);
    }

    [Fact]
    public void Builtin_and_data_together_exit_with_2()
    {
        var result = sample.Run(_directory, "--builtin", "--data", _directory);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --builtin and --data exclude each other", result.Error.Split('\n')[0]);
    }

    [Theory]
    [InlineData("--epochs", "0")]
    [InlineData("--batch-size", "many")]
    [InlineData("--learning-rate", "-1")]
    [InlineData("--optimizer", "rmsprop")]
    [InlineData("--momentum", "1")]
    [InlineData("--no-such-option", "1")]
    public void Bad_option_exits_with_2_naming_the_option(string option, string value)
    {
        var result = sample.Run(_directory, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error.Split('\n')[0], StringComparison.Ordinal);
    }

    /// <summary>Removes the temp folder.</summary>
    public void Dispose() => TempFolder.Delete(_directory);

    private void AssertOneLineError(string file, string problem)
    {
        var result = sample.Run(_directory, "--data", _directory, "--epochs", "1");

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith($"error: {file}", lines[0], StringComparison.Ordinal);
        Assert.Contains(problem, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("epoch", result.Output, StringComparison.Ordinal);
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
