using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class CrossEntropyTests
{
    public static TheoryData<int> AllPaths => Paths();

    private static readonly double[] SomeWeights10 = [1.0, 2.0, 0.5, 1.5, 0.0, 3.0, 1.0, 0.25, 2.5, 1.0];

    /// <summary>Every combination of reduction, class weights, label smoothing and ignore index.</summary>
    private static IEnumerable<CrossEntropyOptions> AllOptions(int cols)
    {
        double[] weights = Enumerable.Range(0, cols).Select(c => SomeWeights10[c % SomeWeights10.Length]).ToArray();
        foreach (CrossEntropyReduction reduction in Enum.GetValues<CrossEntropyReduction>())
        {
            foreach (bool weighted in new[] { false, true })
            {
                foreach (double smoothing in new[] { 0.0, 0.15, 1.0 })
                {
                    foreach (int ignoreIndex in new[] { -100, 3 })
                    {
                        yield return new CrossEntropyOptions
                        {
                            Reduction = reduction,
                            ClassWeights = weighted ? weights : default,
                            LabelSmoothing = smoothing,
                            IgnoreIndex = ignoreIndex,
                        };
                    }
                }
            }
        }
    }

    private static int[] Labels(int rows, int cols, int seed)
    {
        var random = new Random(seed);
        var labels = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            labels[r] = random.Next(cols);
        }

        labels[rows / 2] = -100; // one row carries PyTorch's default ignore index
        return labels;
    }

    /// <summary>The labels with PyTorch's −100 replaced by the options' ignore index (−100 is out of range otherwise).</summary>
    private static int[] WithIgnoreIndex(int[] labels, CrossEntropyOptions options) =>
        labels.Select(label => label == -100 ? options.IgnoreIndex : label).ToArray();

    private static double[] Distributions(int rows, int cols, int seed)
    {
        double[] raw = Doubles(rows * cols, seed, scale: 1, offset: 1); // in [0, 2)
        for (int r = 0; r < rows; r++)
        {
            double sum = raw.AsSpan(r * cols, cols).ToArray().Sum();
            for (int c = 0; c < cols; c++)
            {
                raw[r * cols + c] /= sum;
            }
        }

        raw[1] = 0; // a zero target: its −log p term must be skipped, not 0·something
        return raw;
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Labels_match_the_reference_for_every_option_in_double(int pathWidth)
    {
        foreach (int cols in new[] { 4, 10, 33 })
        {
            const int rows = 9;
            double[] logits = Doubles(rows * cols, seed: cols, scale: 5);
            int[] someLabels = Labels(rows, cols, seed: cols);
            someLabels[2] = 3; // a row the custom ignore index (3) skips

            foreach (CrossEntropyOptions options in AllOptions(cols))
            {
                int[] labels = WithIgnoreIndex(someLabels, options);
                var (expected, expectedGradient, expectedRows) = CrossEntropyReference.Labels(logits, labels, cols, options);
                var gradient = new double[logits.Length];
                var rowLosses = new double[rows];

                double loss = CrossEntropy.FromLabels<double>(logits, labels, gradient, rowLosses, cols, options, Path(pathWidth));

                Assert.Equal(expected, loss, 1e-12);
                Close(expectedGradient, gradient, abs: 1e-14, rel: 1e-10, relativeFloor: 1e-6);
                Close(expectedRows, rowLosses, abs: 1e-12, rel: 1e-12);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Labels_match_the_reference_for_every_option_in_float(int pathWidth)
    {
        foreach (int cols in new[] { 1, 10, 17, 64 })
        {
            const int rows = 11;
            float[] logits = Floats(rows * cols, seed: cols, scale: 8);
            int[] someLabels = Labels(rows, cols, seed: cols + 1);
            foreach (CrossEntropyOptions options in AllOptions(cols))
            {
                int[] labels = WithIgnoreIndex(someLabels, options);
                var (expected, expectedGradient, expectedRows) = CrossEntropyReference.Labels(ToDouble(logits), labels, cols, options);
                var gradient = new float[logits.Length];
                var rowLosses = new float[rows];

                float loss = CrossEntropy.FromLabels<float>(logits, labels, gradient, rowLosses, cols, options, Path(pathWidth));

                Assert.Equal(expected, loss, Math.Max(1e-6, 2e-6 * Math.Abs(expected)));
                Close(expectedGradient, gradient, abs: 2e-6, rel: 1e-4, relativeFloor: 1e-3);
                Close(expectedRows, rowLosses, abs: 1e-4, rel: 2e-6, relativeFloor: 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Targets_match_the_reference_for_every_option(int pathWidth)
    {
        foreach (int cols in new[] { 3, 10, 40 })
        {
            const int rows = 6;
            double[] logits = Doubles(rows * cols, seed: cols, scale: 5);
            double[] targets = Distributions(rows, cols, seed: cols);
            foreach (CrossEntropyOptions options in AllOptions(cols))
            {
                var (expected, expectedGradient, expectedRows) = CrossEntropyReference.Targets(logits, targets, cols, options);
                var gradient = new double[logits.Length];
                var rowLosses = new double[rows];

                double loss = CrossEntropy.FromTargets<double>(logits, targets, gradient, rowLosses, cols, options, Path(pathWidth));

                Assert.Equal(expected, loss, 1e-12);
                Close(expectedGradient, gradient, abs: 1e-14, rel: 1e-10, relativeFloor: 1e-6);
                Close(expectedRows, rowLosses, abs: 1e-12, rel: 1e-12);

                float[] logitsF = logits.Select(v => (float)v).ToArray();
                float[] targetsF = targets.Select(v => (float)v).ToArray();
                var (expectedF, expectedGradientF, _) = CrossEntropyReference.Targets(ToDouble(logitsF), ToDouble(targetsF), cols, options);
                var gradientF = new float[logits.Length];
                float lossF = CrossEntropy.FromTargets<float>(logitsF, targetsF, gradientF, new float[rows], cols, options, Path(pathWidth));
                Assert.Equal(expectedF, lossF, Math.Max(1e-6, 2e-6 * Math.Abs(expectedF)));
                Close(expectedGradientF, gradientF, abs: 2e-6, rel: 1e-4, relativeFloor: 1e-3);
            }
        }
    }

    [Fact]
    public void Default_gradient_is_softmax_minus_onehot_over_rows()
    {
        const int cols = 10, rows = 5;
        double[] logits = Doubles(rows * cols, seed: 1);
        int[] labels = [3, 0, 9, 9, 4];
        var gradient = new double[logits.Length];

        double loss = CrossEntropy.FromLogits(logits, labels, gradient, cols);

        double[] p = ReferenceSoftmax(logits, cols);
        double expectedLoss = 0;
        for (int r = 0; r < rows; r++)
        {
            expectedLoss -= Math.Log(p[r * cols + labels[r]]) / rows;
            for (int j = 0; j < cols; j++)
            {
                Assert.Equal((p[r * cols + j] - (j == labels[r] ? 1 : 0)) / rows, gradient[r * cols + j], 1e-15);
            }
        }

        Assert.Equal(expectedLoss, loss, 1e-14);
    }

    /// <summary>Values printed by Fixtures/cross_entropy_pytorch.py with PyTorch 1.13 (float64).</summary>
    [Fact]
    public void Matches_pytorch()
    {
        double[] z = [0.5, -1.25, 2.0, 0.0, 1.5, 0.25, -0.75, 3.0, -2.0, 0.0, 1.0, 0.5];
        int[] labels = [2, -100, 1];
        double[] w = [1.0, 2.0, 0.5, 1.5];
        double[] t = [0.1, 0.2, 0.3, 0.4, 0.0, 0.0, 1.0, 0.0, 0.25, 0.25, 0.25, 0.25];
        var g = new double[12];
        var rows = new double[3];

        Assert.Equal(1.0198358874612983, CrossEntropy.FromLogits(z, labels, g, 4), 1e-14);
        Close([0.07984677501605413, 0.01387528896634021, -0.14215158110880782, 0.04842951712641352, 0, 0, 0, 0, 0.01229797895287622, -0.4091295436137292, 0.24701151033858007, 0.14982005432227294], g, 1e-15, 1e-13);

        Assert.Equal(3.5775956309396997, CrossEntropy.FromLogits(z, labels, g, 4, new CrossEntropyOptions { ClassWeights = w, Reduction = CrossEntropyReduction.Sum }), 1e-14);
        Close([0.07984677501605413, 0.01387528896634021, -0.14215158110880782, 0.04842951712641352, 0, 0, 0, 0, 0.04919191581150487, -1.6365181744549169, 0.9880460413543203, 0.5992802172890918], g, 1e-15, 1e-13);

        Assert.Equal(1.5837977793929636, CrossEntropy.FromLogits(z, labels, g, 4, new CrossEntropyOptions { ClassWeights = w, LabelSmoothing = 0.2 }), 1e-14);
        Close([0.02152032300834815, -0.03278484973750309, 0.01608117782341992, -0.00481665109426497, 0, 0, 0, 0, -0.0017989911497432, -0.5455117245483193, 0.3555770353010986, 0.19173368039696398], g, 1e-15, 1e-12);

        Assert.Equal(2.220921774922597, CrossEntropy.FromLogits(z, labels, g, rows, 4, new CrossEntropyOptions { LabelSmoothing = 0.1, Reduction = CrossEntropyReduction.None }), 1e-14);
        Close([0.13469355003210826, 0.00275057793268041, -0.2093031622176157, 0.07185903425282705, 0, 0, 0, 0, -0.00040404209424757, -0.7432590872274585, 0.4690230206771601, 0.27464010864454586], g, 1e-15, 1e-12);
        Close([0.5032486126036626, 0.0, 1.7176731623189343], rows, 1e-15, 1e-14);

        Assert.Equal(2.5304343243065532, CrossEntropy.FromLogits(z, t, g, 4, new CrossEntropyOptions { ClassWeights = w, LabelSmoothing = 0.3 }), 1e-14);
        Close([0.01820564584671177, -0.13177059252804982, 0.25070701574266013, -0.13714206906132206, 0.01614460482556978, -0.03821187335255733, -0.12483005722314726, 0.14689732575013487, -0.07308501753926981, -0.09094128634477433, 0.1641762586154834, -0.00014995473143921], g, 1e-15, 1e-12);

        Assert.Equal(7.785138332531446, CrossEntropy.FromLogits(z, t, g, rows, 4, new CrossEntropyOptions { Reduction = CrossEntropyReduction.None }), 1e-14);
        Close([0.05969355003210824, -0.1722494220673196, 0.41569683778238437, -0.303140965747173, 0.17025353720925424, 0.0487784550928662, -0.9820554091992301, 0.7630234168971097, -0.22540404209424758, -0.06825908722745844, 0.24402302067716014, 0.04964010864454588], g, 1e-15, 1e-12);
        Close([1.9344986126036625, 4.020466557608849, 1.8301731623189341], rows, 1e-15, 1e-14);
    }

    public static TheoryData<int, int> GradientCases()
    {
        var data = new TheoryData<int, int>();
        foreach (int path in Paths())
        {
            for (int option = 0; option < 4; option++)
            {
                data.Add(path, option);
            }
        }

        return data;
    }

    private static CrossEntropyOptions GradientOptions(int option) => option switch
    {
        0 => CrossEntropyOptions.Default,
        1 => new CrossEntropyOptions { ClassWeights = new double[] { 1, 2, 0.5, 1.5, 1, 3, 1, 0.75, 2.5, 1 }, LabelSmoothing = 0.1 },
        2 => new CrossEntropyOptions { Reduction = CrossEntropyReduction.Sum, IgnoreIndex = 7, LabelSmoothing = 0.3 },
        _ => new CrossEntropyOptions { Reduction = CrossEntropyReduction.None, ClassWeights = SomeWeights10 },
    };

    /// <summary>
    /// A relative error of 1e-7 is only measurable on entries well above the central difference's rounding noise
    /// (about ulp(loss) / h ≈ 1e-10): the inputs (logits within ±0.5) are chosen so every entry is 0 or at least 1e-3.
    /// </summary>
    private static void AssertWellConditioned(double[] numerical)
    {
        Assert.Contains(numerical, v => v != 0);
        Assert.All(numerical, v => Assert.True(Math.Abs(v) < 1e-9 || Math.Abs(v) >= 1e-3, $"entry {v} is too small for a 1e-7 relative check"));
    }

    [Theory]
    [MemberData(nameof(GradientCases))]
    public void Label_gradient_passes_a_gradient_check(int pathWidth, int option)
    {
        const int cols = 10, rows = 6;
        CrossEntropyOptions options = GradientOptions(option);
        double[] logits = Doubles(rows * cols, seed: option, scale: 0.5);
        int[] labels = [1, 7, 0, 9, 7, 5];
        var rowLosses = new double[rows];
        var analytic = new double[logits.Length];
        CrossEntropy.FromLabels<double>(logits, labels, analytic, rowLosses, cols, options, Path(pathWidth));

        var numerical = new double[logits.Length];
        GradientCheck.Numerical(logits, () => CrossEntropy.FromLabels<double>(logits, labels, default, rowLosses, cols, options, Path(pathWidth)), numerical);

        AssertWellConditioned(numerical);
        Assert.InRange(GradientCheck.MaxRelativeError(analytic, numerical), 0, 1e-7);
    }

    [Theory]
    [MemberData(nameof(GradientCases))]
    public void Target_gradient_passes_a_gradient_check(int pathWidth, int option)
    {
        const int cols = 10, rows = 5;
        CrossEntropyOptions options = GradientOptions(option);
        double[] logits = Doubles(rows * cols, seed: 10 + option, scale: 0.5);
        var targets = new double[rows * cols];
        for (int r = 0; r < rows; r++)
        {
            targets[r * cols + r] = 0.6;     // two classes share the mass; the zeros exercise the skipped terms
            targets[r * cols + r + 3] = 0.4;
        }

        var rowLosses = new double[rows];
        var analytic = new double[logits.Length];
        CrossEntropy.FromTargets<double>(logits, targets, analytic, rowLosses, cols, options, Path(pathWidth));

        var numerical = new double[logits.Length];
        GradientCheck.Numerical(logits, () => CrossEntropy.FromTargets<double>(logits, targets, default, rowLosses, cols, options, Path(pathWidth)), numerical);

        AssertWellConditioned(numerical);
        Assert.InRange(GradientCheck.MaxRelativeError(analytic, numerical), 0, 1e-7);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void A_target_with_a_negative_infinity_logit_costs_infinity_not_NaN(int pathWidth)
    {
        foreach (int cols in new[] { 3, 10, 40 })
        {
            float[] logits = Floats(2 * cols, seed: cols);
            logits[1] = float.NegativeInfinity; // row 0 targets class 1
            logits[cols + 2] = float.NegativeInfinity; // row 1 targets class 0: a −∞ non-target is harmless
            int[] labels = [1, 0];
            var gradient = new float[logits.Length];
            var rowLosses = new float[2];

            float loss = CrossEntropy.FromLabels<float>(logits, labels, gradient, rowLosses, cols, null, Path(pathWidth));

            Assert.Equal(float.PositiveInfinity, loss);
            Assert.Equal(float.PositiveInfinity, rowLosses[0]);
            Assert.True(float.IsFinite(rowLosses[1]));
            NoNaN(gradient);
            Assert.Equal(-0.5f, gradient[1]); // (p − 1)/N with p = 0

            var smoothed = new CrossEntropyOptions { LabelSmoothing = 0.1 };
            Assert.Equal(float.PositiveInfinity, CrossEntropy.FromLabels<float>(logits, labels, gradient, default, cols, smoothed, Path(pathWidth)));
            NoNaN(gradient);

            // Probability targets: zero mass on the −∞ class adds nothing (PyTorch would give 0·∞ = NaN).
            var targets = new float[logits.Length];
            targets[0] = 1;
            targets[cols] = 1;
            float finite = CrossEntropy.FromTargets<float>(logits, targets, gradient, default, cols, null, Path(pathWidth));
            Assert.True(float.IsFinite(finite));
            NoNaN(gradient);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Infinite_rows_give_no_NaN(int pathWidth)
    {
        const int cols = 6;
        var logits = new double[3 * cols];
        logits.AsSpan(0, cols).Fill(double.NegativeInfinity);           // row 0: all −∞
        logits[cols + 2] = double.PositiveInfinity;                     // row 1: +∞ on the target
        logits[2 * cols + 1] = double.PositiveInfinity;                 // row 2: +∞ off the target
        int[] labels = [0, 2, 4];
        var gradient = new double[logits.Length];
        var rowLosses = new double[3];

        CrossEntropy.FromLabels<double>(logits, labels, gradient, rowLosses, cols, null, Path(pathWidth));

        NoNaN(gradient);
        Assert.Equal(double.PositiveInfinity, rowLosses[0]);
        Assert.Equal(0.0, rowLosses[1]);
        Assert.Equal(double.PositiveInfinity, rowLosses[2]);
        Assert.Equal(0.0, gradient[cols + 2]);                 // p = 1 on the target
        Assert.Equal(1.0 / 3, gradient[2 * cols + 1], 1e-15);  // all mass on the +∞ entry
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Ignored_rows_add_nothing_and_all_ignored_is_zero(int pathWidth)
    {
        const int cols = 5;
        float[] logits = Floats(3 * cols, seed: 2);
        var gradient = new float[logits.Length];
        gradient.AsSpan().Fill(9);

        float loss = CrossEntropy.FromLabels<float>(logits, [-100, -100, -100], gradient, default, cols, null, Path(pathWidth));

        Assert.Equal(0f, loss);
        Assert.All(gradient, v => Assert.Equal(0f, v));

        float one = CrossEntropy.FromLabels<float>(logits.AsSpan(cols, cols), [2], default, default, cols, null, Path(pathWidth));
        float mixed = CrossEntropy.FromLabels<float>(logits, [-100, 2, -100], gradient, default, cols, null, Path(pathWidth));
        Assert.Equal(one, mixed);
        Assert.All(gradient.AsSpan(0, cols).ToArray(), v => Assert.Equal(0f, v));
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Gradient_can_overwrite_the_logits_and_is_optional(int pathWidth)
    {
        const int cols = 33;
        float[] logits = Floats(4 * cols, seed: 5);
        int[] labels = [0, 32, 16, 5];
        var expected = new float[logits.Length];
        float expectedLoss = CrossEntropy.FromLabels<float>(logits, labels, expected, default, cols, null, Path(pathWidth));

        float withoutGradient = CrossEntropy.FromLabels<float>(logits, labels, default, default, cols, null, Path(pathWidth));
        float inPlace = CrossEntropy.FromLabels<float>(logits, labels, logits, default, cols, null, Path(pathWidth));

        Assert.Equal(expectedLoss, withoutGradient);
        Assert.Equal(expectedLoss, inPlace);
        Assert.Equal(expected, logits);
    }
}
