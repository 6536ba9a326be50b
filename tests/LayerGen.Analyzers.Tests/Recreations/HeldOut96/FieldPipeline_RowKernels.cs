// Idiom: a kernel pipeline object — device buffers as fields, one method per kernel (MaxKernel(row), SumKernel(row),
// NormalizeKernel(index)), and a Forward that launches them in order with Parallel.For.
// Use: a softmax layer's forward pass in a small CPU "device" runtime.
// Layout: flat double[batch * classes], row-major; per-row statistics in double[batch] fields.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut96.FieldPipeline_RowKernels;

public sealed class SoftmaxPipeline
{
    private readonly int _classes;
    private double[] _input = Array.Empty<double>();
    private double[] _output = Array.Empty<double>();
    private double[] _rowMax = Array.Empty<double>();
    private double[] _rowSum = Array.Empty<double>();

    public SoftmaxPipeline(int classes) => _classes = classes;

    public double[] Forward(double[] input)
    {
        int batch = input.Length / _classes;
        _input = input;
        _output = new double[input.Length];
        _rowMax = new double[batch];
        _rowSum = new double[batch];

        Parallel.For(0, batch, MaxKernel);
        Parallel.For(0, batch, SumKernel);
        Parallel.For(0, input.Length, NormalizeKernel);
        return _output;
    }

    private void MaxKernel(int row)
    {
        double m = double.NegativeInfinity;
        for (int c = 0; c < _classes; c++)
        {
            m = Math.Max(m, _input[row * _classes + c]);
        }

        _rowMax[row] = m;
    }

    private void SumKernel(int row)
    {
        double s = 0.0;
        for (int c = 0; c < _classes; c++)
        {
            s += Math.Exp(_input[row * _classes + c] - _rowMax[row]);
        }

        _rowSum[row] = s;
    }

    private void NormalizeKernel(int index)
    {
        int row = index / _classes;
        _output[index] = Math.Exp(_input[index] - _rowMax[row]) / _rowSum[row];
    }
}
