using static LayerGen.Runtime.Tests.AffineTests;
using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

/// <summary>
/// The fused Relu entry points, the zero-skipping path and the blocking of the matrix products (row, step and column
/// blocks, packed and in-place B), each on every SIMD path against a naive double loop.
/// </summary>
public class AffineFusionTests
{
    public static TheoryData<int> AllPaths => Paths();

    /// <summary>
    /// (rows, inputs, outputs): 133 rows pack B and span two row blocks with a 4-row tile and a single row left over;
    /// 300 steps make two step blocks; 450 outputs need two column blocks; the small shapes read B in place.
    /// </summary>
    private static readonly (int Rows, int Inputs, int Outputs)[] Shapes =
    [
        (133, 300, 450), (64, 784, 40), (5, 9, 3), (130, 17, 33),
    ];

    /// <summary>Values with about 60% exact zeros (in runs, as image backgrounds and Relu outputs have), else in [-1, 1].</summary>
    private static double[] SparseDoubles(int count, int seed)
    {
        var random = new Random(seed);
        var values = new double[count];
        bool zeroRun = false;
        for (int i = 0; i < count; i++)
        {
            if (random.NextDouble() < 0.2)
            {
                zeroRun = random.NextDouble() < 0.6;
            }

            values[i] = zeroRun ? 0 : (random.NextDouble() * 2) - 1;
        }

        return values;
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Sparse_inputs_and_blocked_shapes_match_a_naive_triple_loop(int pathWidth)
    {
        foreach (var (rows, inputs, outputs) in Shapes)
        {
            foreach (bool sparse in new[] { true, false })
            {
                double[] x = sparse ? SparseDoubles(rows * inputs, seed: rows) : Doubles(rows * inputs, seed: rows, scale: 1);
                double[] w = Doubles(inputs * outputs, seed: inputs, scale: 1);
                double[] b = Doubles(outputs, seed: outputs, scale: 1);
                double[] dy = sparse ? SparseDoubles(rows * outputs, seed: outputs) : Doubles(rows * outputs, seed: outputs, scale: 1);
                var y = new double[rows * outputs];
                var dx = new double[x.Length];
                var dw = new double[w.Length];
                var db = new double[outputs];

                Affine.Forward<double>(x, w, b, y, inputs, outputs, Path(pathWidth));
                Affine.Backward<double>(x, w, dy, dx, dw, db, inputs, outputs, Path(pathWidth));

                var (edx, edw, edb) = NaiveBackward(x, w, dy, rows, inputs, outputs);
                Close(NaiveForward(x, w, b, rows, inputs, outputs), y, abs: 1e-12, rel: 1);
                Close(edx, dx, abs: 1e-12, rel: 1);
                Close(edw, dw, abs: 1e-12, rel: 1);
                Close(edb, db, abs: 1e-12, rel: 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void ForwardRelu_equals_Forward_then_Relu(int pathWidth)
    {
        foreach (var (rows, inputs, outputs) in Shapes)
        {
            double[] x = SparseDoubles(rows * inputs, seed: 5);
            double[] w = Doubles(inputs * outputs, seed: 6, scale: 1);
            double[] b = Doubles(outputs, seed: 7, scale: 1);
            x[0] = double.NaN; // NaN stays NaN through the fused Relu
            var expected = new double[rows * outputs];
            var actual = new double[rows * outputs];

            Affine.Forward<double>(x, w, b, expected, inputs, outputs, Path(pathWidth));
            Activations.Relu(expected, expected);
            Affine.Forward<double>(x, w, b, actual, inputs, outputs, GemmEpilogue.Relu, Path(pathWidth));

            Assert.Equal(expected, actual);
            Assert.True(double.IsNaN(actual[0]));
            Assert.Contains(actual, v => v == 0);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void BackwardThroughRelu_equals_Backward_then_ReluBackward(int pathWidth)
    {
        foreach (var (rows, inputs, outputs) in Shapes)
        {
            double[] hidden = Doubles(rows * inputs, seed: 8, scale: 1);
            var x = new double[hidden.Length];
            Activations.Relu(hidden, x); // this layer's input is a Relu output
            double[] w = Doubles(inputs * outputs, seed: 9, scale: 1);
            double[] dy = Doubles(rows * outputs, seed: 10, scale: 1);
            var dxExpected = new double[x.Length];
            var dwExpected = new double[w.Length];
            var dbExpected = new double[outputs];
            var dx = new double[x.Length];
            var dw = new double[w.Length];
            var db = new double[outputs];

            Affine.Backward<double>(x, w, dy, dxExpected, dwExpected, dbExpected, inputs, outputs, Path(pathWidth));
            Activations.ReluBackward(x, dxExpected, dxExpected);
            Affine.BackwardThroughRelu<double>(x, w, dy, dx, dw, db, inputs, outputs, Path(pathWidth));

            Assert.Equal(dxExpected, dx);
            Assert.Equal(dwExpected, dw);
            Assert.Equal(dbExpected, db);
        }
    }

    [Fact]
    public void Float_public_fused_overloads_match_the_unfused_calls()
    {
        const int rows = 9, inputs = 40, outputs = 21;
        float[] x = Floats(rows * inputs, seed: 1);
        Activations.Relu(x, x);
        float[] w = Floats(inputs * outputs, seed: 2);
        float[] b = Floats(outputs, seed: 3);
        var expected = new float[rows * outputs];
        var actual = new float[rows * outputs];
        Affine.Forward(x, w, b, expected, inputs, outputs);
        Activations.Relu(expected, expected);
        Affine.ForwardRelu(x, w, b, actual, inputs, outputs);
        Assert.Equal(expected, actual);

        var dxExpected = new float[x.Length];
        var dx = new float[x.Length];
        var dw = new float[w.Length];
        Affine.Backward(x, w, actual, dxExpected, dw, default, inputs, outputs);
        Activations.ReluBackward(x, dxExpected, dxExpected);
        Affine.BackwardThroughRelu(x, w, actual, dx, dw, default, inputs, outputs);
        Assert.Equal(dxExpected, dx);
    }

    [Fact]
    public void BackwardThroughRelu_needs_a_dx()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Affine.BackwardThroughRelu(new float[6], new float[6], new float[4], default, new float[6], default, 3, 2));
        Assert.Equal("dx", error.ParamName);
    }
}
