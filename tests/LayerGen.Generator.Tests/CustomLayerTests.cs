using LayerGen.Generator.Tests.Infrastructure;
using LayerGen.Generator.Tests.Layers;

namespace LayerGen.Generator.Tests;

/// <summary>
/// Custom layers end to end through the generator (the classes in Layers/CustomLayers.cs): the derived Backward against
/// central differences in double for random, tied, huge (±1000) and negative rows, the float versions against the double
/// ones, the batch shell (sums over rows, argument checks before writing, no allocation), and networks with [Layer&lt;T&gt;].
/// </summary>
public class CustomLayerTests
{
    private const double Tolerance = 1e-6;

    /// <summary>One standalone custom layer in double, seen through delegates so every layer runs the same check.</summary>
    private sealed record DoubleLayer(
        string Name,
        int Inputs,
        int Outputs,
        Func<Memory<double>> Parameters,
        Func<double[]> ParameterGradients,
        Action<double[], double[]> Forward,
        Action<double[], double[], double[]> Backward)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<string> LayerNames() =>
        new("Swish", "Gelu", "LayerNorm", "LayerNormAffine", "LearnerSoftmax", "LogSumExp", "TinyDense");

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Backward_matches_central_differences_on_random_rows(string name)
    {
        DoubleLayer layer = Create(name);
        double[] x = TestData.ToDouble(TestData.Gaussians(5 * layer.Inputs, seed: name.Length, scale: 1.5));
        AssertGradients(layer, x);
    }

    [Theory]
    [InlineData("LearnerSoftmax")]
    [InlineData("LogSumExp")]
    [InlineData("LayerNorm")]
    [InlineData("LayerNormAffine")]
    public void Backward_matches_central_differences_on_ties_huge_and_negative_rows(string name)
    {
        DoubleLayer layer = Create(name);
        int n = layer.Inputs;
        var rows = new List<double>();
        double[][] specials =
        [
            [2, 5, 5, 1, -3, 5, 0, 4],           // a three-way tie for the maximum
            [1000, 999.5, -1000, 3, 1000, -2, 7, 8], // ±1000, tied at the top
            [-7, -3.5, -9, -4, -3.5, -12, -6, -5],    // all negative, tied maximum
            [-1000, -999, -1000.5, -998, -1001, -999.25, -1000, -998.5],
        ];
        foreach (double[] special in specials)
        {
            rows.AddRange(special.Take(n));
        }

        AssertGradients(layer, [.. rows]);
    }

    /// <summary>
    /// Element-wise layers at ±1000, large negative and tied inputs, against their closed-form derivatives: there the true
    /// gradients (e.g. 4e-12 for Swish at -30) are far below what central differences resolve.
    /// </summary>
    [Fact]
    public void Swish_and_Gelu_backward_match_closed_forms_at_extreme_inputs()
    {
        double[] x = [-1000, -30, -6, -0.5, 0, 0, 6, 1000];
        double[] dy = [1, -2, 0.5, 3, 1, -1, 2, 0.25];
        double[] dx = new double[8];
        new SwishDouble().Backward(x, dy, dx);
        for (int i = 0; i < 8; i++)
        {
            double s = 1 / (1 + Math.Exp(-x[i]));
            AssertRelative(dy[i] * s * (1 + (x[i] * (1 - s))), dx[i], $"swish'({x[i]})");
        }

        new GeluDouble().Backward(x, dy, dx);
        double c = Math.Sqrt(2 / Math.PI);
        for (int i = 0; i < 8; i++)
        {
            double u = c * (x[i] + (0.044715 * x[i] * x[i] * x[i]));
            double t = Math.Tanh(u);
            double derivative = (0.5 * (1 + t)) + (0.5 * x[i] * (1 - (t * t)) * c * (1 + (3 * 0.044715 * x[i] * x[i])));
            AssertRelative(dy[i] * derivative, dx[i], $"gelu'({x[i]})");
        }

        static void AssertRelative(double expected, double actual, string what) =>
            Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(Math.Abs(expected), 1e-300), $"{what}: {actual:R}, expected {expected:R}");
    }

    [Fact]
    public void LearnerSoftmax_forward_equals_the_library_softmax_and_backward_equals_Softmax_Backward()
    {
        var layer = new LearnerSoftmaxDouble();
        double[] x = TestData.ToDouble(TestData.Gaussians(4 * 6, seed: 11, scale: 3));
        double[] y = new double[x.Length], expected = new double[x.Length];
        layer.Forward(x, y);
        Softmax.Forward(x, expected, 6);
        TestData.AssertClose(expected, y, 1e-15, 1e-13, "forward");

        double[] dy = TestData.ToDouble(TestData.Gaussians(x.Length, seed: 12));
        double[] dx = new double[x.Length], library = new double[x.Length];
        layer.Backward(x, dy, dx);
        Softmax.Backward(expected, dy, library, 6);
        TestData.AssertClose(library, dx, 1e-14, 1e-10, "backward");
    }

    [Fact]
    public void Float_layers_compile_run_and_agree_with_their_double_versions()
    {
        double[] xd = TestData.ToDouble(TestData.Gaussians(3 * 8, seed: 21));
        float[] xf = Array.ConvertAll(xd, v => (float)v);
        double[] dyd = TestData.ToDouble(TestData.Gaussians(3 * 8, seed: 22));
        float[] dyf = Array.ConvertAll(dyd, v => (float)v);

        Compare(new SwishDouble(), new SwishFloat(), 8, 8);
        Compare(new GeluDouble(), new GeluFloat(), 8, 8);
        Compare(new LearnerSoftmaxDouble(), new LearnerSoftmaxFloat(), 6, 6);

        var norm = new LayerNorm16();
        float[] x16 = TestData.Gaussians(2 * 16, seed: 23), y16 = new float[32], dx16 = new float[32];
        norm.Forward(x16, y16);
        norm.Backward(x16, TestData.Gaussians(32, seed: 24), dx16);
        Assert.All(y16, v => Assert.True(float.IsFinite(v)));
        Assert.All(dx16, v => Assert.True(float.IsFinite(v)));
        Assert.Contains(norm.GainGradient.ToArray(), g => g != 0);

        void Compare(ICustomLayer<double> doubleLayer, ICustomLayer<float> floatLayer, int inputs, int outputs)
        {
            Action<double[], double[]> forwardD = (x, y) => doubleLayer.Forward(x, y);
            Action<double[], double[], double[]> backwardD = (x, dy, dx) => doubleLayer.Backward(x, dy, dx);
            Action<float[], float[]> forwardF = (x, y) => floatLayer.Forward(x, y);
            Action<float[], float[], float[]> backwardF = (x, dy, dx) => floatLayer.Backward(x, dy, dx);
            int rows = 3;
            double[] x = xd[..(rows * inputs)], dy = dyd[..(rows * outputs)], y = new double[rows * outputs], dx = new double[rows * inputs];
            float[] xs = xf[..(rows * inputs)], dys = dyf[..(rows * outputs)], ys = new float[rows * outputs], dxs = new float[rows * inputs];
            forwardD(x, y);
            backwardD(x, dy, dx);
            forwardF(xs, ys);
            backwardF(xs, dys, dxs);
            TestData.AssertClose(Array.ConvertAll(y, v => (float)v), ys, 1e-5, 1e-4, "float forward");
            TestData.AssertClose(Array.ConvertAll(dx, v => (float)v), dxs, 1e-5, 1e-4, "float backward");
        }
    }

    [Fact]
    public void Recording_batches_give_the_same_outputs_and_gradients_as_Forward_and_Backward()
    {
        var layer = new LayerNormAffineDouble();
        layer.Gain.Fill(1.3);
        double[] x = TestData.ToDouble(TestData.Gaussians(5 * 6, seed: 33, scale: 2)), dy = TestData.ToDouble(TestData.Gaussians(5 * 6, seed: 34));
        double[] y = new double[30], dx = new double[30];
        layer.Forward(x, y);
        layer.Backward(x, dy, dx);

        double[] recordedY = new double[30], recordedDx = new double[30], gradients = new double[LayerNormAffineDouble.ParameterCount];
        double[] tape = new double[5 * LayerNormAffineDouble.RecordLength], scratch = new double[LayerNormAffineDouble.FromTapeScratchLength];
        LayerNormAffineDouble.ForwardBatchRecording(x, recordedY, layer.Parameters, tape);
        LayerNormAffineDouble.BackwardBatchFromTape(x, tape, dy, recordedDx, layer.Parameters, gradients, scratch);

        Assert.Equal(y, recordedY);
        Assert.Equal(dx, recordedDx);
        Assert.Equal(layer.ParameterGradients.ToArray(), gradients);
        Assert.Equal("tape", Assert.Throws<ArgumentException>(
            () => LayerNormAffineDouble.ForwardBatchRecording(x, recordedY, layer.Parameters, tape.AsSpan(1))).ParamName);
    }

    [Fact]
    public void Forward_over_a_batch_on_lanes_equals_the_rows_one_at_a_time_and_the_recording_pair()
    {
        // The batch methods walk the rows in one call (ForwardRowsVectorized, ForwardRowsRecording): every row starts from
        // a zeroed buffer and fresh locals, and reads and writes its own views, as a call per row would.
        Assert.NotNull(typeof(BufferedShiftFloat).GetMethod("ForwardRowsVectorized", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static));
        const int rows = 7, width = 20;
        var layer = new BufferedShiftFloat();
        float[] x = TestData.Gaussians(rows * width, seed: 41, scale: 3), dy = TestData.Gaussians(rows * width, seed: 42);
        x[(2 * width) + 5] = float.NaN;
        x[(4 * width) + 9] = float.PositiveInfinity;
        float[] y = new float[rows * width], oneAtATime = new float[rows * width];
        layer.Forward(x, y);
        for (int row = 0; row < rows; row++)
        {
            layer.Forward(x.AsSpan(row * width, width), oneAtATime.AsSpan(row * width, width));
        }

        Assert.Equal(oneAtATime, y);
        Assert.Contains(y, float.IsFinite);

        float[] dx = new float[rows * width], recordedY = new float[rows * width], recordedDx = new float[rows * width];
        layer.Backward(x, dy, dx);
        float[] tape = new float[rows * BufferedShiftFloat.RecordLength], scratch = new float[BufferedShiftFloat.FromTapeScratchLength];
        float[] gradients = new float[BufferedShiftFloat.ParameterCount];
        BufferedShiftFloat.ForwardBatchRecording(x, recordedY, layer.Parameters, tape);
        BufferedShiftFloat.BackwardBatchFromTape(x, tape, dy, recordedDx, layer.Parameters, gradients, scratch);
        Assert.Equal(y, recordedY);
        Assert.Equal(dx, recordedDx);
        Assert.Equal(layer.ParameterGradients.ToArray(), gradients);
    }

    [Fact]
    public void Parameter_gradients_are_the_sum_over_the_batch_and_are_overwritten_by_each_call()
    {
        var layer = new LayerNormAffineDouble();
        double[] x = TestData.ToDouble(TestData.Gaussians(12, seed: 31)), dy = TestData.ToDouble(TestData.Gaussians(12, seed: 32));
        double[] dx = new double[12];
        layer.Backward(x.AsSpan(0, 6), dy.AsSpan(0, 6), dx.AsSpan(0, 6));
        double[] first = layer.ParameterGradients.ToArray();
        layer.Backward(x.AsSpan(6, 6), dy.AsSpan(6, 6), dx.AsSpan(6, 6));
        double[] second = layer.ParameterGradients.ToArray();

        layer.Backward(x, dy, dx);
        layer.Backward(x, dy, dx); // overwritten, not added
        double[] both = layer.ParameterGradients.ToArray();
        TestData.AssertClose(first.Zip(second, (a, b) => a + b).ToArray(), both, 1e-14, 1e-12, "batch sum");
        Assert.Equal(both.AsSpan(0, 6).ToArray(), layer.GainGradient.ToArray());
        Assert.Equal(both.AsSpan(6, 6).ToArray(), layer.BiasGradient.ToArray());
    }

    [Fact]
    public void Learnable_parameters_start_at_their_declared_values()
    {
        var norm = new LayerNormAffineDouble();
        Assert.Equal(LayerNormAffineDouble.ParameterCount, norm.Parameters.Length);
        Assert.All(norm.Gain.ToArray(), g => Assert.Equal(1.0, g));
        Assert.All(norm.Bias.ToArray(), b => Assert.Equal(0.0, b));

        var dense = new TinyDenseDouble();
        Assert.All(dense.Bias.ToArray(), b => Assert.Equal(0.1, b));
        double[] weights = dense.Weights.ToArray();
        Assert.Equal(12, weights.Distinct().Count()); // random, symmetry broken
        Assert.InRange(weights.Select(Math.Abs).Max(), 0.05, 3);
        Assert.Equal(weights, new TinyDenseDouble().Weights.ToArray()); // seeded: the same in every instance
        Assert.Equal(0, LayerNormDouble.ParameterCount);
        Assert.True(new LayerNormDouble().Parameters.IsEmpty);
    }

    [Fact]
    public void Ragged_or_short_spans_throw_before_anything_is_written()
    {
        var layer = new TinyDenseDouble(); // 4 → 3
        double[] y = Enumerable.Repeat(-42.0, 9).ToArray();
        ArgumentException ragged = Assert.Throws<ArgumentException>(() => layer.Forward(new double[10], y));
        Assert.Equal("x", ragged.ParamName);
        Assert.Contains("10", ragged.Message, StringComparison.Ordinal);
        ArgumentException shortY = Assert.Throws<ArgumentException>(() => layer.Forward(new double[12], y.AsSpan(0, 8)));
        Assert.Equal("y", shortY.ParamName);
        Assert.All(y, v => Assert.Equal(-42.0, v));

        double[] dx = Enumerable.Repeat(-42.0, 12).ToArray();
        double[] gradients = layer.ParameterGradients.ToArray();
        Assert.Equal("dy", Assert.Throws<ArgumentException>(() => layer.Backward(new double[12], new double[8], dx)).ParamName);
        Assert.Equal("dx", Assert.Throws<ArgumentException>(() => layer.Backward(new double[12], new double[9], dx.AsSpan(0, 11))).ParamName);
        double[] shared = new double[12];
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => layer.Forward(shared, shared.AsSpan(0, 9))).ParamName);
        Assert.All(dx, v => Assert.Equal(-42.0, v));
        Assert.Equal(gradients, layer.ParameterGradients.ToArray());
    }

    [Fact]
    public void Forward_and_Backward_allocate_nothing_after_construction()
    {
        var layer = new LayerNorm16();
        float[] x = TestData.Gaussians(64 * 16, seed: 41), y = new float[x.Length], dx = new float[x.Length];
        float[] dy = TestData.Gaussians(x.Length, seed: 42);
        layer.Forward(x, y);
        layer.Backward(x, dy, dx);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            layer.Forward(x, y);
            layer.Backward(x, dy, dx);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Network_with_LayerNorm_between_affine_layers_gradient_checks()
    {
        var net = new LayerNormNetDouble();
        double[] input = TestData.ToDouble(TestData.Gaussians(7 * 4, seed: 51));
        int[] labels = TestData.Labels(7, 3, seed: 51);
        Assert.Equal((4 * 6) + 6 + 12 + (6 * 3) + 3, LayerNormNetDouble.ParameterCount);
        Assert.All(net.Custom1Parameters.Slice(0, 6).ToArray(), g => Assert.Equal(1.0, g));

        // Move gain and bias off their initial values so that their gradients are not special.
        Span<double> custom = net.Custom1Parameters;
        double[] noise = TestData.ToDouble(TestData.Gaussians(12, seed: 52, scale: 0.3));
        for (int i = 0; i < 12; i++)
        {
            custom[i] += noise[i];
        }

        double error = CheckNetworkGradients(net.Parameters, () => net.Loss(input, labels), net.Backward, () => net.Gradients.ToArray());
        Assert.True(error < Tolerance, $"max relative error {error:E3}");
        Assert.Equal(net.Gradients.Slice(30, 12).ToArray(), net.Custom1ParametersGradient.ToArray());
    }

    [Fact]
    public void Network_with_a_custom_layer_first_and_one_without_parameters_gradient_checks()
    {
        var net = new CustomFirstNetDouble();
        double[] input = TestData.ToDouble(TestData.Gaussians(6 * 4, seed: 61));
        int[] labels = TestData.Labels(6, 3, seed: 61);
        double error = CheckNetworkGradients(net.Parameters, () => net.Loss(input, labels), net.Backward, () => net.Gradients.ToArray());
        Assert.True(error < Tolerance, $"max relative error {error:E3}");
    }

    [Fact]
    public void Network_backward_reads_the_records_of_loss_for_every_backward_until_a_forward()
    {
        // Backward after Loss reads the custom layer's records of that forward pass without changing them (the
        // learner's softmax divides its output in place; the reverse sweep restores it in a copy); a second Backward
        // reads them again. Both must give the gradient of the same loss, and it must pass the gradient check.
        var net = new LearnerSoftmaxNetDouble();
        double[] input = TestData.ToDouble(TestData.Gaussians(LearnerSoftmaxNetDouble.Inputs * 5, seed: 63));
        int[] labels = TestData.Labels(5, 3, seed: 63);
        double error = CheckNetworkGradients(net.Parameters, () => net.Loss(input, labels), net.Backward, () => net.Gradients.ToArray());
        Assert.True(error < Tolerance, $"max relative error {error:E3}");

        // The output buffer as it was before the forward pass must not matter either: make that differ.
        net.Forward(TestData.ToDouble(TestData.Gaussians(LearnerSoftmaxNetDouble.Inputs * 5, seed: 64)));
        net.Loss(input, labels);
        net.Backward();
        double[] fromRecords = net.Gradients.ToArray();
        net.Backward();
        double[] recomputed = net.Gradients.ToArray();
        Assert.All(fromRecords, (value, i) => Assert.Equal(value, recomputed[i], 1e-12));
        Assert.Contains(fromRecords, value => value != 0);

        // Forward between Loss and Backward replaces the activations the records belong to.
        net.Loss(input, labels);
        net.Forward(input);
        Assert.Throws<InvalidOperationException>(net.Backward);
    }

    [Fact]
    public void Network_with_LayerNorm_trains_with_sgd_momentum_and_adam()
    {
        (float[] input, int[] labels) = Rings(300, seed: 71);
        foreach (int optimizer in new[] { 0, 1, 2 })
        {
            var net = new LayerNormRingsNet { Momentum = optimizer == 1 ? 0.9f : 0 };
            float first = net.Loss(input, labels), last = first;
            for (int epoch = 0; epoch < 150; epoch++)
            {
                last = net.Loss(input, labels);
                net.Backward();
                if (optimizer == 2)
                {
                    net.StepAdam(0.01f);
                }
                else
                {
                    net.Step(0.1f);
                }
            }

            Assert.True(last < 0.6f * first, $"optimizer {optimizer}: loss {first} → {last}");
            Assert.NotEqual(1f, net.Custom1Parameters[0]); // the gain was trained
            Assert.InRange(net.Accuracy(input, labels), 0.8, 1.0);
        }
    }

    [Fact]
    public void Network_with_custom_layers_allocates_nothing_per_call()
    {
        var net = new LayerNormRingsNet();
        (float[] input, int[] labels) = Rings(64, seed: 72);
        int[] classes = new int[64];
        void RunAll()
        {
            net.Loss(input, labels);
            net.Backward();
            net.StepAdam(0.001f);
            net.Predict(input, classes);
        }

        RunAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10; i++)
        {
            RunAll();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Parallel_backward_of_a_network_with_custom_layers_matches_the_sequential_one()
    {
        var sequential = new LayerNormNetDouble();
        var parallel = new LayerNormNetDouble { MaxDegreeOfParallelism = 3 };
        double[] input = TestData.ToDouble(TestData.Gaussians(31 * 4, seed: 81));
        int[] labels = TestData.Labels(31, 3, seed: 81);
        Assert.Equal(sequential.Loss(input, labels), parallel.Loss(input, labels), 12);
        sequential.Backward();
        parallel.Backward();
        TestData.AssertClose(sequential.Gradients.ToArray(), parallel.Gradients.ToArray(), 1e-14, 1e-10, "gradients");
    }

    [Fact]
    public void Save_and_load_round_trip_includes_the_custom_layer_parameters()
    {
        var source = new LayerNormNetDouble();
        source.Custom1Parameters.Fill(0.25);
        using var stream = new MemoryStream();
        source.Save(stream);

        var target = new LayerNormNetDouble();
        target.ResetParameters(seed: 99);
        stream.Position = 0;
        target.Load(stream);
        Assert.Equal(source.Parameters.ToArray(), target.Parameters.ToArray());
        Assert.Equal(2, BitConverter.ToInt32(stream.ToArray(), 4)); // format version 2: custom layers in the header

        // A file of a network without custom layers (format 1) fails clearly instead of filling the custom parameters with garbage.
        using var withoutCustom = new MemoryStream();
        new SmoothNetDouble().Save(withoutCustom);
        Assert.Equal(1, BitConverter.ToInt32(withoutCustom.ToArray(), 4)); // unchanged for networks without custom layers
        withoutCustom.Position = 0;
        InvalidDataException old = Assert.Throws<InvalidDataException>(() => target.Load(withoutCustom));
        Assert.Contains("Affine layers", old.Message, StringComparison.Ordinal);

        using var otherCustom = new MemoryStream();
        new CustomFirstNetDouble().Save(otherCustom);
        otherCustom.Position = 0;
        Assert.Throws<InvalidDataException>(() => target.Load(otherCustom));
        Assert.Equal(source.Parameters.ToArray(), target.Parameters.ToArray());
    }

    [Fact]
    public void Version_1_file_into_a_network_with_custom_layers_names_the_cause()
    {
        // Same Affine shapes, written by the runtime's format-1 writer: only the custom layers differ.
        var net = new LayerNormNetDouble();
        NetworkLayer[] affineOnly = [.. ((ISequentialNetwork<double>)net).Layers.Where(layer => layer.Kind != NetworkLayerKind.Custom)];
        using var stream = new MemoryStream();
        LayerGen.Generated.NetworkParameters.Save<double>(stream, new double[LayerNormNetDouble.ParameterCount - 12], affineOnly);
        stream.Position = 0;
        InvalidDataException error = Assert.Throws<InvalidDataException>(() => net.Load(stream));
        Assert.Contains("format version 1, without custom layers", error.Message, StringComparison.Ordinal);
        Assert.Contains("6→6 with 12 parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_describes_its_custom_layers()
    {
        IReadOnlyList<NetworkLayer> layers = ((ISequentialNetwork<double>)new LayerNormNetDouble()).Layers;
        NetworkLayer custom = layers[1];
        Assert.Equal(NetworkLayerKind.Custom, custom.Kind);
        Assert.Equal("LayerNormAffineDouble", custom.Name);
        Assert.Equal((6, 6, 30, 12), (custom.Inputs, custom.Outputs, custom.WeightsOffset, custom.ParameterCount));
        Assert.Equal("LayerNormAffineDouble(6, 6)", custom.ToString());
    }

    /// <summary>
    /// Central differences row by row (one row per batch): a loss summed over rows of very different magnitude (±1000
    /// next to 1) would bury small gradients under its own rounding.
    /// </summary>
    private static void AssertGradients(DoubleLayer layer, double[] x)
    {
        for (int row = 0; row < x.Length / layer.Inputs; row++)
        {
            AssertRowGradients(layer, x.AsSpan(row * layer.Inputs, layer.Inputs).ToArray(), row);
        }
    }

    private static void AssertRowGradients(DoubleLayer layer, double[] x, int row)
    {
        double[] weights = TestData.ToDouble(TestData.Gaussians(layer.Outputs, seed: 3 + row));
        double[] y = new double[layer.Outputs];
        double Loss()
        {
            layer.Forward(x, y);
            double sum = 0;
            for (int i = 0; i < y.Length; i++)
            {
                sum += weights[i] * y[i];
            }

            return sum;
        }

        double[] dx = new double[x.Length];
        layer.Backward(x, weights, dx);
        double[] parameterGradients = layer.ParameterGradients();
        double[] numericalX = new double[x.Length];
        GradientCheck.Numerical(x, Loss, numericalX);
        double inputError = GradientCheck.MaxRelativeError(dx, numericalX);
        Assert.True(inputError < Tolerance, $"{layer}, row {row}: input gradient max relative error {inputError:E3}" + Worst(x, dx, numericalX));

        Span<double> parameters = layer.Parameters().Span;
        double[] numericalP = new double[parameters.Length];
        GradientCheck.Numerical(parameters, Loss, numericalP);
        double parameterError = GradientCheck.MaxRelativeError(parameterGradients, numericalP);
        Assert.True(parameterError < Tolerance, $"{layer}, row {row}: parameter gradient max relative error {parameterError:E3}");
    }

    private static string Worst(double[] x, double[] analytic, double[] numerical)
    {
        int worst = 0;
        double error = 0;
        for (int i = 0; i < analytic.Length; i++)
        {
            double e = Math.Abs(analytic[i] - numerical[i]) / Math.Max(Math.Max(Math.Abs(analytic[i]), Math.Abs(numerical[i])), 1e-8);
            if (e > error)
            {
                (worst, error) = (i, e);
            }
        }

        return $" at entry {worst}: x = {x[worst]:R}, analytic {analytic[worst]:R}, numerical {numerical[worst]:R}";
    }

    private static double CheckNetworkGradients(Span<double> parameters, Func<double> loss, Action backward, Func<double[]> gradients)
    {
        loss();
        backward();
        double[] analytic = gradients();
        double[] numerical = new double[parameters.Length];
        GradientCheck.Numerical(parameters, loss, numerical);
        return GradientCheck.MaxRelativeError(analytic, numerical);
    }

    private static DoubleLayer Create(string name)
    {
        switch (name)
        {
            case "Swish":
                var swish = new SwishDouble();
                return new(name, 8, 8, () => Memory<double>.Empty, () => [], (x, y) => swish.Forward(x, y), (x, dy, dx) => swish.Backward(x, dy, dx));
            case "Gelu":
                var gelu = new GeluDouble();
                return new(name, 8, 8, () => Memory<double>.Empty, () => [], (x, y) => gelu.Forward(x, y), (x, dy, dx) => gelu.Backward(x, dy, dx));
            case "LayerNorm":
                var norm = new LayerNormDouble();
                return new(name, 8, 8, () => Memory<double>.Empty, () => [], (x, y) => norm.Forward(x, y), (x, dy, dx) => norm.Backward(x, dy, dx));
            case "LayerNormAffine":
                var affine = new LayerNormAffineDouble();
                double[] gainBias = Offset(affine.Parameters, 0.4, 90);
                return new(name, 6, 6, () => gainBias, () => affine.ParameterGradients.ToArray(),
                    (x, y) => { gainBias.CopyTo(affine.Parameters); affine.Forward(x, y); },
                    (x, dy, dx) => { gainBias.CopyTo(affine.Parameters); affine.Backward(x, dy, dx); });
            case "LearnerSoftmax":
                var softmax = new LearnerSoftmaxDouble();
                return new(name, 6, 6, () => Memory<double>.Empty, () => [], (x, y) => softmax.Forward(x, y), (x, dy, dx) => softmax.Backward(x, dy, dx));
            case "LogSumExp":
                var lse = new LogSumExpDouble();
                return new(name, 6, 1, () => Memory<double>.Empty, () => [], (x, y) => lse.Forward(x, y), (x, dy, dx) => lse.Backward(x, dy, dx));
            default:
                var dense = new TinyDenseDouble();
                double[] parameters = Offset(dense.Parameters, 0.3, 91);
                return new(name, 4, 3, () => parameters, () => dense.ParameterGradients.ToArray(),
                    (x, y) => { parameters.CopyTo(dense.Parameters); dense.Forward(x, y); },
                    (x, dy, dx) => { parameters.CopyTo(dense.Parameters); dense.Backward(x, dy, dx); });
        }
    }

    /// <summary>A copy of <paramref name="parameters"/> moved off their initial values by Gaussian noise.</summary>
    private static double[] Offset(Span<double> parameters, double scale, int seed)
    {
        double[] noise = TestData.ToDouble(TestData.Gaussians(parameters.Length, seed, scale));
        double[] moved = parameters.ToArray();
        for (int i = 0; i < moved.Length; i++)
        {
            moved[i] += noise[i];
        }

        return moved;
    }

    /// <summary>Three noisy concentric rings (radii 0.5, 1.5, 2.5).</summary>
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
}
