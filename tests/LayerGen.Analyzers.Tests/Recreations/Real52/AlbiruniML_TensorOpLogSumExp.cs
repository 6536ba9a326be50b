// known gap: missed LG0005: log(1e-5 + softmax(logits)) written as a chain of tensor-op method calls (Softmax(), Add(), Log()), opaque to the model
// gap: -LG0005@143
// Source: mashmawy/AlbiruniML AlbiruniML/ops/ReductionOps.cs:26, ops/SoftmaxOps.cs:18, ops/loss.cs:280 and Backend_CPU.cs:940 (re-created, not copied)
// Layout: a small tensor library (a TensorFlow.js port): softmax and log-sum-exp are written as chains of tensor
// ops (max with kept dims, sub, exp, sum, log, add), each op a loop over a flat float buffer of a [rows, cols]
// tensor (reductions over the last axis); the softmax cross-entropy loss is log(1e-5 + softmax(logits)) · labels;
// softplus is a backend kernel with overflow/underflow thresholds.
// Label: LogSumExp and Softmax correct (the maximum over the reduced axis is subtracted before exp; the softmax is
// exp(x − lse)); the element-wise Exp op and Softplus are not normalisations (silent); SoftmaxCrossEntropy is
// LG0005 — the log of a softmax probability, floored at 1e-5: a confident wrong class gives log(1e-5) instead
// of the true −(x_c − lse), so the loss saturates at 11.5 and its gradient vanishes.
using System;

namespace Recreations.Real52.AlbiruniMLTensorOpLogSumExp;

public sealed class Tensor
{
    public Tensor(int rows, int cols, float[] data)
    {
        Rows = rows;
        Cols = cols;
        Data = data;
    }

    public int Rows { get; }

    public int Cols { get; }

    public float[] Data { get; }

    public static Tensor Scalar(float value) => new Tensor(1, 1, new[] { value });

    public Tensor Max(bool keepDims)
    {
        var result = new float[Rows];
        for (int r = 0; r < Rows; r++)
        {
            float best = float.NegativeInfinity;
            for (int c = 0; c < Cols; c++)
            {
                best = Math.Max(best, Data[r * Cols + c]);
            }

            result[r] = best;
        }

        return keepDims ? new Tensor(Rows, 1, result) : new Tensor(1, Rows, result);
    }

    public Tensor Sum(bool keepDims)
    {
        var result = new float[Rows];
        for (int r = 0; r < Rows; r++)
        {
            float total = 0f;
            for (int c = 0; c < Cols; c++)
            {
                total += Data[r * Cols + c];
            }

            result[r] = total;
        }

        return keepDims ? new Tensor(Rows, 1, result) : new Tensor(1, Rows, result);
    }

    public Tensor Reshape(int rows, int cols) => new Tensor(rows, cols, Data);

    public Tensor Sub(Tensor other) => Broadcast(other, (a, b) => a - b);

    public Tensor Add(Tensor other) => Broadcast(other, (a, b) => a + b);

    public Tensor Mul(Tensor other) => Broadcast(other, (a, b) => a * b);

    public Tensor Neg() => Map(v => -v);

    public Tensor Log() => Map(v => (float)Math.Log(v));

    public Tensor Exp()
    {
        var result = new float[Data.Length];
        for (int i = 0; i < Data.Length; i++)
        {
            result[i] = (float)Math.Exp(Data[i]);
        }

        return new Tensor(Rows, Cols, result);
    }

    private Tensor Map(Func<float, float> function)
    {
        var result = new float[Data.Length];
        for (int i = 0; i < Data.Length; i++)
        {
            result[i] = function(Data[i]);
        }

        return new Tensor(Rows, Cols, result);
    }

    private Tensor Broadcast(Tensor other, Func<float, float, float> function)
    {
        int rows = Math.Max(Rows, other.Rows);
        int cols = Math.Max(Cols, other.Cols);
        var result = new float[rows * cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                float a = Data[(r % Rows) * Cols + c % Cols];
                float b = other.Data[(r % other.Rows) * other.Cols + c % other.Cols];
                result[r * cols + c] = function(a, b);
            }
        }

        return new Tensor(rows, cols, result);
    }
}

public static class Ops
{
    public static Tensor LogSumExp(this Tensor x, bool keepDims)
    {
        var xMax = x.Max(keepDims: true);
        var shifted = x.Sub(xMax);
        var exps = shifted.Exp();
        var sums = exps.Sum(keepDims: true);
        var logs = sums.Log();
        var result = xMax.Add(logs);
        return keepDims ? result : result.Reshape(1, result.Rows);
    }

    public static Tensor Softmax(this Tensor logits)
    {
        var lse = logits.LogSumExp(keepDims: true);
        var logResult = logits.Sub(lse);
        return logResult.Exp();
    }

    public static Tensor SoftmaxCrossEntropy(Tensor labels, Tensor logits)
    {
        var predictedProbabilities = logits.Softmax();
        var costVector = Tensor.Scalar(1e-5f).Add(predictedProbabilities).Log().Mul(labels).Neg(); //~ LG0005
        return costVector.Sum(keepDims: false);
    }

    public static Tensor Softplus(Tensor x)
    {
        const float epsilon = 1.1920929e-7f;
        float threshold = (float)Math.Log(epsilon) + 2.0f;
        var result = new float[x.Data.Length];
        for (var i = 0; i < x.Data.Length; ++i)
        {
            var v = x.Data[i];
            var tooLarge = v > -threshold;
            var tooSmall = v < threshold;
            var expV = Math.Exp(v);
            if (tooSmall)
            {
                result[i] = (float)expV;
            }
            else if (tooLarge)
            {
                result[i] = v;
            }
            else
            {
                result[i] = (float)Math.Log(1.0f + expV);
            }
        }

        return new Tensor(x.Rows, x.Cols, result);
    }
}
