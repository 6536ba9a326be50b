using LayerGen.Generator.Tests.Infrastructure;
using LayerGen.Generator.Tests.Layers;

namespace LayerGen.Generator.Tests;

/// <summary>Behaviour of generated networks: gradients, training, allocation, persistence, parallelism, argument checks.</summary>
public class NetworkTests
{
    [Fact]
    public void TinyNet_gradients_match_central_differences()
    {
        var net = new TinyNetDouble();
        (double[] input, int[] labels) = Batch(rows: 8, inputs: 4, classes: 3, seed: 1);
        AssertAwayFromReluKink(input, net.Affine1Weights.ToArray(), net.Affine1Bias.ToArray(), 4, 5);

        double[] errors = CheckGradients(net.Parameters, () => net.Loss(input, labels), net.Backward, () => net.Gradients.ToArray(),
            [(0, 20), (20, 5), (25, 15), (40, 3)]);

        // Affine1Weights, Affine1Bias, Affine2Weights, Affine2Bias.
        Assert.All(errors, error => Assert.True(error < 1e-6, $"max relative error {error:E3}"));
        Assert.Equal(net.Affine2WeightsGradient.ToArray(), net.Gradients.Slice(25, 15).ToArray());
    }

    [Fact]
    public void Sigmoid_tanh_net_gradients_match_central_differences()
    {
        var net = new SmoothNetDouble();
        (double[] input, int[] labels) = Batch(rows: 7, inputs: 4, classes: 3, seed: 2);
        double[] errors = CheckGradients(net.Parameters, () => net.Loss(input, labels), net.Backward, () => net.Gradients.ToArray(),
            [(0, 24), (24, 6), (30, 30), (60, 5), (65, 15), (80, 3)]);
        Assert.All(errors, error => Assert.True(error < 1e-6, $"max relative error {error:E3}"));
    }

    [Fact]
    public void Network_with_inner_softmax_gradients_match_central_differences()
    {
        var net = new SoftmaxInsideNetDouble();
        (double[] input, int[] labels) = Batch(rows: 5, inputs: 4, classes: 3, seed: 3);
        double[] errors = CheckGradients(net.Parameters, () => net.Loss(input, labels), net.Backward, () => net.Gradients.ToArray(),
            [(0, SoftmaxInsideNetDouble.ParameterCount)]);
        Assert.True(errors[0] < 1e-6, $"max relative error {errors[0]:E3}");
    }

    [Fact]
    public void One_hot_loss_equals_label_loss_and_gives_the_same_gradients()
    {
        var net = new TinyNetDouble();
        (double[] input, int[] labels) = Batch(rows: 6, inputs: 4, classes: 3, seed: 4);
        double[] targets = new double[labels.Length * 3];
        for (int r = 0; r < labels.Length; r++)
        {
            targets[(r * 3) + labels[r]] = 1;
        }

        double labelLoss = net.Loss(input, labels);
        net.Backward();
        double[] labelGradients = net.Gradients.ToArray();
        double oneHotLoss = net.Loss(input, targets);
        net.Backward();

        Assert.Equal(labelLoss, oneHotLoss, 1e-12);
        TestData.AssertClose(labelGradients, net.Gradients.ToArray(), 1e-14, 1e-10, "gradients");
    }

    [Fact]
    public void Training_on_three_rings_reaches_at_least_95_percent_accuracy()
    {
        (float[] trainInput, int[] trainLabels) = Rings(600, seed: 10);
        (float[] testInput, int[] testLabels) = Rings(300, seed: 11);
        var net = new RingsNet();
        double before = net.Accuracy(testInput, testLabels);
        const int BatchSize = 30;
        float firstLoss = 0, lastLoss = 0;
        for (int epoch = 0; epoch < 60; epoch++)
        {
            for (int start = 0; start < trainLabels.Length; start += BatchSize)
            {
                float loss = net.Loss(trainInput.AsSpan(start * 2, BatchSize * 2), trainLabels.AsSpan(start, BatchSize));
                net.Backward();
                net.StepAdam(0.01f);
                if (epoch == 0 && start == 0)
                {
                    firstLoss = loss;
                }

                lastLoss = loss;
            }
        }

        double after = net.Accuracy(testInput, testLabels);
        Assert.True(after >= 0.95, $"test accuracy {after:P1} (before training {before:P1}); loss {firstLoss} → {lastLoss}");
        Assert.True(lastLoss < firstLoss / 4, $"loss {firstLoss} → {lastLoss}");
    }

    [Fact]
    public void Sgd_with_momentum_lowers_the_loss()
    {
        (float[] input, int[] labels) = Rings(300, seed: 12);
        var net = new RingsNet { Momentum = 0.9f };
        float first = net.Loss(input, labels);
        for (int step = 0; step < 200; step++)
        {
            net.Loss(input, labels);
            net.Backward();
            net.Step(0.05f);
        }

        float last = net.Loss(input, labels);
        Assert.True(last < first / 2, $"loss {first} → {last}");
    }

    [Fact]
    public void Steady_state_calls_do_not_allocate()
    {
        var net = new TinyNetFloat { Momentum = 0.5f };
        (float[] big, int[] bigLabels) = FloatBatch(rows: 64, seed: 5);
        (float[] small, int[] smallLabels) = FloatBatch(rows: 16, seed: 6);
        int[] classes = new int[64];

        void RunAll()
        {
            net.Forward(small);
            net.Loss(big, bigLabels);
            net.Backward();
            net.Step(0.01f);
            net.Loss(small, smallLabels);
            net.Backward();
            net.StepAdam(0.001f);
            net.Predict(big, classes);
            net.Accuracy(small, smallLabels);
        }

        RunAll(); // grows the buffers to 64 rows and creates the optimizer state
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20; i++)
        {
            RunAll();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Predict_is_the_argmax_of_the_logits()
    {
        var net = new TinyNetFloat();
        (float[] input, _) = FloatBatch(rows: 50, seed: 9);
        int[] classes = new int[50];
        net.Predict(input, classes);
        int[] expected = new int[50];
        Rows.ArgMax(net.Forward(input), TinyNetFloat.Outputs, expected);
        Assert.Equal(expected, classes);
        Assert.Equal(1.0, net.Accuracy(input, expected));
    }

    [Fact]
    public void Parallel_batches_give_the_same_loss_and_gradients()
    {
        (double[] input, int[] labels) = Batch(rows: 37, inputs: 4, classes: 3, seed: 7);
        var serial = new SmoothNetDouble();
        double serialLoss = serial.Loss(input, labels);
        serial.Backward();

        var parallel = new SmoothNetDouble { MaxDegreeOfParallelism = 4 };
        double parallelLoss = parallel.Loss(input, labels);
        parallel.Backward();

        Assert.Equal(serialLoss, parallelLoss, 1e-14);
        TestData.AssertClose(serial.Gradients.ToArray(), parallel.Gradients.ToArray(), 1e-14, 1e-9, "gradients");
        Assert.Equal(serial.Forward(input).ToArray(), parallel.Forward(input).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => parallel.MaxDegreeOfParallelism = 0);
    }

    [Fact]
    public void Save_and_load_round_trip()
    {
        var source = new TinyNetDouble();
        source.ResetParameters(99);
        var stream = new MemoryStream();
        source.Save(stream);
        Assert.Equal(16 + 16 + (TinyNetDouble.ParameterCount * 8), stream.Length);
        Assert.Equal("LGGN"u8.ToArray(), stream.ToArray()[..4]);

        var target = new TinyNetDouble();
        Assert.NotEqual(source.Parameters.ToArray(), target.Parameters.ToArray());
        stream.Position = 0;
        target.Load(stream);
        Assert.Equal(source.Parameters.ToArray(), target.Parameters.ToArray());
        (double[] input, _) = Batch(rows: 3, inputs: 4, classes: 3, seed: 8);
        Assert.Equal(source.Forward(input).ToArray(), target.Forward(input).ToArray());
    }

    [Fact]
    public void Load_rejects_other_shapes_and_element_types_without_changing_parameters()
    {
        var target = new TinyNetDouble();
        double[] original = target.Parameters.ToArray();

        var otherShape = new MemoryStream();
        new SmoothNetDouble().Save(otherShape);
        otherShape.Position = 0;
        InvalidDataException shape = Assert.Throws<InvalidDataException>(() => target.Load(otherShape));
        Assert.Contains("4×6, 6×5, 5×3", shape.Message, StringComparison.Ordinal);
        Assert.Contains("4×5, 5×3", shape.Message, StringComparison.Ordinal);

        var floats = new MemoryStream();
        new TinyNetFloat().Save(floats);
        floats.Position = 0;
        InvalidDataException elementType = Assert.Throws<InvalidDataException>(() => target.Load(floats));
        Assert.Contains("4-byte", elementType.Message, StringComparison.Ordinal);

        var truncated = new MemoryStream();
        new TinyNetDouble().Save(truncated);
        truncated.SetLength(truncated.Length - 1);
        truncated.Position = 0;
        Assert.Throws<EndOfStreamException>(() => target.Load(truncated));

        Assert.Throws<InvalidDataException>(() => target.Load(new MemoryStream(new byte[64])));
        Assert.Equal(original, target.Parameters.ToArray());
    }

    [Fact]
    public void Initialisation_is_seeded_and_scaled()
    {
        Assert.Equal(new TinyNetDouble().Parameters.ToArray(), new TinyNetDouble().Parameters.ToArray());
        var net = new TinyNetDouble();
        net.ResetParameters(42);
        Assert.Equal(new TinyNetDouble().Parameters.ToArray(), net.Parameters.ToArray());
        net.ResetParameters(43);
        Assert.NotEqual(new TinyNetDouble().Parameters.ToArray(), net.Parameters.ToArray());
        Assert.All(net.Affine1Bias.ToArray(), b => Assert.Equal(0, b));

        // He for the Affine feeding a Relu: std √(2/784); Xavier for the last: std √(2/(256+10)).
        var wide = new WideNet();
        Assert.InRange(StandardDeviation(wide.Affine1Weights), 0.97 * Math.Sqrt(2.0 / 784), 1.03 * Math.Sqrt(2.0 / 784));
        Assert.InRange(StandardDeviation(wide.Affine2Weights), 0.9 * Math.Sqrt(2.0 / 266), 1.1 * Math.Sqrt(2.0 / 266));
    }

    [Fact]
    public void Forward_only_network_computes_an_affine_map()
    {
        var net = new LinearOnly();
        net.Affine1Bias[0] = 0.5f;
        float[] input = [1, 2, 3, -1, 0, 4];
        float[] output = net.Forward(input).ToArray();
        Assert.Equal(4, output.Length);
        for (int r = 0; r < 2; r++)
        {
            for (int o = 0; o < 2; o++)
            {
                float expected = net.Affine1Bias[o];
                for (int i = 0; i < 3; i++)
                {
                    expected += input[(r * 3) + i] * net.Affine1Weights[(i * 2) + o];
                }

                Assert.Equal(expected, output[(r * 2) + o], 5);
            }
        }

        Assert.Null(typeof(LinearOnly).GetMethod("Backward"));
    }

    [Fact]
    public void Bad_arguments_throw_named_exceptions_before_any_write()
    {
        var net = new TinyNetFloat();
        Assert.True(net.Forward(ReadOnlySpan<float>.Empty).IsEmpty);
        ArgumentException ragged = Assert.Throws<ArgumentException>(() => net.Forward(new float[7]));
        Assert.Equal("input", ragged.ParamName);
        Assert.Contains("(7)", ragged.Message, StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(net.Backward);
        ArgumentOutOfRangeException label = Assert.Throws<ArgumentOutOfRangeException>(() => net.Loss(new float[8], [0, 3]));
        Assert.Equal("labels", label.ParamName);
        Assert.Contains("labels[1] (3) is outside [0, 3)", label.Message, StringComparison.Ordinal);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => net.Loss(new float[8], [0])).ParamName);
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => net.Loss(ReadOnlySpan<float>.Empty, ReadOnlySpan<int>.Empty)).ParamName);
        Assert.Equal("targets", Assert.Throws<ArgumentException>(() => net.Loss(new float[8], new float[5])).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentException>(() => net.Predict(new float[8], new int[1])).ParamName);
        Assert.Equal("learningRate", Assert.Throws<ArgumentOutOfRangeException>(() => net.Step(float.NaN)).ParamName);
        Assert.Equal("beta1", Assert.Throws<ArgumentOutOfRangeException>(() => net.StepAdam(0.1f, beta1: 1f)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => net.Momentum = 1f);

        // Backward is tied to the last Loss: a Forward in between invalidates it.
        net.Loss(new float[8], [0, 1]);
        net.Backward();
        net.Forward(new float[4]);
        Assert.Throws<InvalidOperationException>(net.Backward);
    }

    private static double[] CheckGradients(Span<double> parameters, Func<double> loss, Action backward, Func<double[]> gradients, (int Start, int Length)[] groups)
    {
        loss();
        backward();
        double[] analytic = gradients();
        double[] numerical = new double[parameters.Length];
        GradientCheck.Numerical(parameters, loss, numerical);
        return groups
            .Select(group => GradientCheck.MaxRelativeError(analytic.AsSpan(group.Start, group.Length), numerical.AsSpan(group.Start, group.Length)))
            .ToArray();
    }

    private static void AssertAwayFromReluKink(double[] input, double[] weights, double[] bias, int inputs, int outputs)
    {
        for (int r = 0; r < input.Length / inputs; r++)
        {
            for (int o = 0; o < outputs; o++)
            {
                double z = bias[o];
                for (int i = 0; i < inputs; i++)
                {
                    z += input[(r * inputs) + i] * weights[(i * outputs) + o];
                }

                Assert.True(Math.Abs(z) > 1e-3, $"pre-activation {z} of row {r}, unit {o} is too close to the Relu kink");
            }
        }
    }

    private static (double[] Input, int[] Labels) Batch(int rows, int inputs, int classes, int seed) =>
        (TestData.ToDouble(TestData.Gaussians(rows * inputs, seed)), TestData.Labels(rows, classes, seed));

    private static (float[] Input, int[] Labels) FloatBatch(int rows, int seed) =>
        (TestData.Gaussians(rows * 4, seed), TestData.Labels(rows, 3, seed));

    /// <summary>Three noisy concentric rings (radii 0.5, 1.5, 2.5): a problem a linear model cannot solve.</summary>
    private static (float[] Input, int[] Labels) Rings(int count, int seed)
    {
        var random = new Random(seed);
        float[] input = new float[count * 2];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++)
        {
            int ring = i % 3;
            double angle = 2 * Math.PI * random.NextDouble();
            double radius = 0.5 + ring + (0.15 * TestData.Gaussian(random));
            input[2 * i] = (float)(radius * Math.Cos(angle));
            input[(2 * i) + 1] = (float)(radius * Math.Sin(angle));
            labels[i] = ring;
        }

        return (input, labels);
    }

    private static double StandardDeviation(ReadOnlySpan<float> values)
    {
        double sum = 0, squares = 0;
        foreach (float v in values)
        {
            sum += v;
            squares += (double)v * v;
        }

        double mean = sum / values.Length;
        return Math.Sqrt((squares / values.Length) - (mean * mean));
    }
}
