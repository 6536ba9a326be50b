using System.Numerics;

namespace LayerGen.Onnx.Tests;

/// <summary>
/// Each network is exported, run in ONNX Runtime on one thread and compared with its own <c>Forward</c>: logits within
/// 1e-5 relative (float) or 1e-12 (double), probabilities against a double-precision softmax of LayerGen's logits, and
/// the same predicted class for every row.
/// </summary>
public sealed class OnnxRuntimeAgreementTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(33)]
    public void Float_classifier_with_every_activation_and_the_loss(int rows)
    {
        var net = new FloatClassifier();
        AssertAgrees(net, net.Parameters, rows, Last.Loss);
        AssertSamePredictions(net, net.Parameters, rows, net.Predict);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(33)]
    public void Double_classifier_with_every_activation_and_the_loss(int rows)
    {
        var net = new DoubleClassifier();
        AssertAgrees(net, net.Parameters, rows, Last.Loss);
        AssertSamePredictions(net, net.Parameters, rows, net.Predict);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    public void Float_network_ending_in_a_softmax(int rows)
    {
        var net = new FloatSoftmaxOutput();
        AssertAgrees(net, net.Parameters, rows, Last.Softmax);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    public void Double_network_ending_in_a_softmax(int rows)
    {
        var net = new DoubleSoftmaxOutput();
        AssertAgrees(net, net.Parameters, rows, Last.Softmax);
    }

    [Fact]
    public void Softmax_inside_the_network() => AssertAgrees(new FloatInnerSoftmax(), new FloatInnerSoftmax().Parameters, 20, Last.Other);

    [Fact]
    public void Single_affine_layer_double()
    {
        var net = new DoubleLinear();
        AssertAgrees(net, net.Parameters, 11, Last.Other);
    }

    [Fact]
    public void Sample_shaped_network_at_batch_256()
    {
        var net = new FashionShapedNet();
        AssertAgrees(net, net.Parameters, 256, Last.Loss);
        AssertSamePredictions(net, net.Parameters, 256, net.Predict);
    }

    private enum Last
    {
        Loss,
        Softmax,
        Other,
    }

    /// <summary>
    /// Fills every parameter with seeded values, biases too, so a bias or weight exported in the wrong place shows:
    /// weights uniform in ±√(6 / inputs) (He-uniform, the scale training keeps them at), biases uniform in ±0.5.
    /// </summary>
    private static void Randomize<T>(ISequentialNetwork<T> net, Span<T> parameters, int seed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        foreach (NetworkLayer layer in net.Layers.Where(l => l.Kind == NetworkLayerKind.Affine))
        {
            double scale = Math.Sqrt(6.0 / layer.Inputs);
            foreach (ref T weight in parameters.Slice(layer.WeightsOffset, layer.Inputs * layer.Outputs))
            {
                weight = T.CreateChecked(scale * ((random.NextDouble() * 2) - 1));
            }

            foreach (ref T bias in parameters.Slice(layer.BiasOffset, layer.Outputs))
            {
                bias = T.CreateChecked(random.NextDouble() - 0.5);
            }
        }
    }

    private static T[] Input<T>(int rows, int width, int seed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        return Enumerable.Range(0, rows * width).Select(_ => T.CreateChecked((random.NextDouble() * 4) - 2)).ToArray();
    }

    private static void AssertAgrees<T>(ISequentialNetwork<T> net, Span<T> parameters, int rows, Last last)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Randomize(net, parameters, seed: rows);
        int inputs = net.Layers[0].Inputs, outputs = net.Layers[^1].Outputs;
        T[] input = Input<T>(rows, inputs, seed: 100 + rows);
        T[] forward = net.Forward(input).ToArray();

        using var onnx = OnnxRunner.Export(net);
        var results = onnx.Run(input, rows);

        string[] expectedOutputs = last == Last.Other ? [OnnxExport.LogitsName] : [OnnxExport.LogitsName, OnnxExport.ProbabilitiesName];
        Assert.Equal(expectedOutputs, onnx.OutputNames);
        switch (last)
        {
            case Last.Loss:
                Tolerance.AssertClose<T>(forward, results[OnnxExport.LogitsName], outputs, "logits");
                Tolerance.AssertClose<T>(SoftmaxReference(forward, outputs), results[OnnxExport.ProbabilitiesName], outputs, "probabilities");
                break;
            case Last.Softmax:
                // Forward returns the probabilities; the model's logits are what the last softmax reads.
                Tolerance.AssertClose<T>(forward, results[OnnxExport.ProbabilitiesName], outputs, "probabilities");
                Tolerance.AssertClose<T>(forward, SoftmaxReference(results[OnnxExport.LogitsName], outputs), outputs, "softmax(logits)");
                break;
            default:
                Tolerance.AssertClose<T>(forward, results[OnnxExport.LogitsName], outputs, "outputs");
                break;
        }
    }

    private delegate void Predictor<T>(ReadOnlySpan<T> input, Span<int> classes);

    private static void AssertSamePredictions<T>(ISequentialNetwork<T> net, Span<T> parameters, int rows, Predictor<T> predict)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Randomize(net, parameters, seed: 5);
        int inputs = net.Layers[0].Inputs, outputs = net.Layers[^1].Outputs;
        T[] input = Input<T>(rows, inputs, seed: 6);
        var classes = new int[rows];
        predict(input, classes);

        using var onnx = OnnxRunner.Export(net);
        T[] probabilities = onnx.Run(input, rows)[OnnxExport.ProbabilitiesName];
        for (int row = 0; row < rows; row++)
        {
            var p = probabilities.AsSpan(row * outputs, outputs);
            int best = 0;
            for (int c = 1; c < outputs; c++)
            {
                best = p[c] > p[best] ? c : best;
            }

            Assert.True(best == classes[row], $"row {row}: ONNX Runtime predicts {best}, LayerGen {classes[row]}");
        }
    }

    /// <summary>Row softmax computed in double from the given values: the reference for both precisions.</summary>
    private static T[] SoftmaxReference<T>(ReadOnlySpan<T> x, int cols)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var y = new T[x.Length];
        for (int start = 0; start < x.Length; start += cols)
        {
            double max = double.NegativeInfinity, sum = 0;
            for (int c = 0; c < cols; c++)
            {
                max = Math.Max(max, double.CreateChecked(x[start + c]));
            }

            for (int c = 0; c < cols; c++)
            {
                sum += Math.Exp(double.CreateChecked(x[start + c]) - max);
            }

            for (int c = 0; c < cols; c++)
            {
                y[start + c] = T.CreateChecked(Math.Exp(double.CreateChecked(x[start + c]) - max) / sum);
            }
        }

        return y;
    }
}
