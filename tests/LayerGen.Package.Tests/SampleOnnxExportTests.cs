using System.Buffers.Binary;
using LayerGen.Package.Tests.Infrastructure;
using Microsoft.ML.OnnxRuntime;

namespace LayerGen.Package.Tests;

/// <summary>The same network as samples/FashionMnist/FashionNet.cs, to load the parameters the sample saves.</summary>
[Affine(784, 256), Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
public sealed partial class SampleFashionNet;

/// <summary>
/// A network trained by the sample and exported with <c>--export-onnx</c> runs in ONNX Runtime and predicts what
/// LayerGen predicts: for every test image the same class, logits within 1e-5 of the row's scale, and the accuracy
/// the sample printed.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class SampleOnnxExportTests(FashionMnistSample sample) : IDisposable
{
    private const int TestImages = 300;
    private readonly string _directory = Directory.CreateTempSubdirectory("layergen-sample-onnx-test-").FullName;

    [Fact]
    public void Exported_model_gives_the_same_predictions_in_onnx_runtime()
    {
        IdxWriter.WriteFolder(_directory, trainCount: 600, testCount: TestImages, gzip: false, seed: 11);
        string onnxPath = Path.Combine(_directory, "fashion.onnx"), parametersPath = Path.Combine(_directory, "fashion.bin");

        var result = sample.Run(_directory, "--data", _directory, "--epochs", "2", "--plot", "p.png", "--export-onnx", onnxPath, "--save", parametersPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"onnx: {onnxPath}", result.Output, StringComparison.Ordinal);
        float[] images = ReadImages(Path.Combine(_directory, "t10k-images-idx3-ubyte"));
        byte[] labels = File.ReadAllBytes(Path.Combine(_directory, "t10k-labels-idx1-ubyte"))[8..];

        var net = new SampleFashionNet();
        using (var file = File.OpenRead(parametersPath))
        {
            net.Load(file);
        }

        float[] layerGenLogits = net.Forward(images).ToArray();
        var layerGenClasses = new int[TestImages];
        net.Predict(images, layerGenClasses);

        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var session = new InferenceSession(onnxPath, options);
        using var input = OrtValue.CreateTensorValueFromMemory(images, [TestImages, SampleFashionNet.Inputs]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input"], [input], ["logits", "probabilities"]);
        float[] onnxLogits = outputs[0].GetTensorDataAsSpan<float>().ToArray();
        float[] onnxProbabilities = outputs[1].GetTensorDataAsSpan<float>().ToArray();

        int correct = 0;
        for (int row = 0; row < TestImages; row++)
        {
            var logits = layerGenLogits.AsSpan(row * 10, 10);
            float scale = 0;
            foreach (float value in logits)
            {
                scale = Math.Max(scale, Math.Abs(value));
            }

            for (int c = 0; c < 10; c++)
            {
                float error = Math.Abs(onnxLogits[(row * 10) + c] - logits[c]);
                Assert.True(error <= 1e-5f * Math.Max(scale, Math.Abs(logits[c])), $"row {row} class {c}: ONNX {onnxLogits[(row * 10) + c]}, LayerGen {logits[c]}");
            }

            int onnxClass = ArgMax(onnxProbabilities.AsSpan(row * 10, 10));
            Assert.True(onnxClass == layerGenClasses[row], $"row {row}: ONNX Runtime predicts {onnxClass}, LayerGen {layerGenClasses[row]}");
            correct += onnxClass == labels[row] ? 1 : 0;
        }

        double printed = OutputValues.Numbers(result.Output, "final test accuracy")[0];
        Assert.Equal(printed, Math.Round((double)correct / TestImages, 4));
    }

    /// <summary>Removes the temp folder.</summary>
    public void Dispose() => TempFolder.Delete(_directory);

    private static float[] ReadImages(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
        Assert.Equal(TestImages, count);
        return bytes[16..].Select(b => b * (1f / 255f)).ToArray();
    }

    private static int ArgMax(ReadOnlySpan<float> row)
    {
        int best = 0;
        for (int c = 1; c < row.Length; c++)
        {
            best = row[c] > row[best] ? c : best;
        }

        return best;
    }
}
