// Source: OmojiP/DeepSharp DeepSharp/Loss.cs:5 and DeepSharp/Func/GeneralFunc.cs:5 (re-created, not copied)
// Layout: a small autograd tensor holding a flat row-major float buffer [batch, classes] with a Shape array.
// (1) CrossEntropy: per row, the max over the row's C logits (Data[i * C + j]), exps in double stored as floats with
// a running double sum, the loss from log-sum-exp minus the target logit, then the stored exps divided by the row
// sum; the backward closure adds (p − onehot) / B. (2) Softmax: per row, max, a summing loop of shifted exps and a
// writing loop of shifted exp / sum; the backward closure forms ⟨dy, y⟩ per row and dx = y (dy − ⟨dy, y⟩).
// Label: correct ×2 — max and sum are taken per row and reset for every row; the loss is log-sum-exp, not a log of a
// probability; the backward is the O(n) product. Rows offset by ±1000 give the same probabilities and losses.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real53.OmojiPDeepSharpFlatRowsLossAndSoftmax;

public sealed class Tensor
{
    public Tensor(float[] data, int[] shape, bool requiresGrad = false)
    {
        Data = data;
        Shape = shape;
        RequiresGrad = requiresGrad;
    }

    public float[] Data { get; }

    public int[] Shape { get; }

    public bool RequiresGrad { get; }

    public Tensor Grad { get; set; }

    public List<Tensor> Parents { get; set; } = new List<Tensor>();

    public Action<Tensor> BackwardFn { get; set; }

    public static Tensor ZerosLike(Tensor other) => new Tensor(new float[other.Data.Length], (int[])other.Shape.Clone());
}

public static class Loss
{
    public static Tensor CrossEntropy(Tensor logits, int[] targets)
    {
        int batch = logits.Shape[0], classes = logits.Shape[1];
        var lossPerRow = new float[batch];
        var softmax = new float[logits.Data.Length];

        for (int i = 0; i < batch; i++)
        {
            float max = float.MinValue;
            for (int j = 0; j < classes; j++)
            {
                max = Math.Max(max, logits.Data[i * classes + j]);
            }

            double sumExp = 0.0;
            for (int j = 0; j < classes; j++)
            {
                double e = Math.Exp(logits.Data[i * classes + j] - max);
                softmax[i * classes + j] = (float)e;
                sumExp += e;
            }

            double logSumExp = Math.Log(sumExp) + max;
            int label = targets[i];
            lossPerRow[i] = (float)(logSumExp - logits.Data[i * classes + label]);

            for (int j = 0; j < classes; j++)
            {
                softmax[i * classes + j] /= (float)sumExp;
            }
        }

        var result = new Tensor(new[] { lossPerRow.Average() }, new[] { 1 }, requiresGrad: true);
        result.Parents = new List<Tensor> { logits };
        result.BackwardFn = gradOutput =>
        {
            float scale = gradOutput.Grad != null ? gradOutput.Grad.Data[0] / batch : 1f / batch;
            logits.Grad ??= Tensor.ZerosLike(logits);
            for (int i = 0; i < batch; i++)
            {
                int label = targets[i];
                for (int j = 0; j < classes; j++)
                {
                    float onehot = j == label ? 1f : 0f;
                    logits.Grad.Data[i * classes + j] += (softmax[i * classes + j] - onehot) * scale;
                }
            }
        };

        return result;
    }
}

public static class Func
{
    public static Tensor Softmax(Tensor t)
    {
        int batch = t.Shape[0], classes = t.Shape[1];
        var resultData = new float[t.Data.Length];
        for (int i = 0; i < batch; i++)
        {
            float max = float.MinValue;
            for (int j = 0; j < classes; j++)
            {
                max = Math.Max(max, t.Data[i * classes + j]);
            }

            float sumExp = 0;
            for (int j = 0; j < classes; j++)
            {
                sumExp += (float)Math.Exp(t.Data[i * classes + j] - max);
            }

            for (int j = 0; j < classes; j++)
            {
                resultData[i * classes + j] = (float)Math.Exp(t.Data[i * classes + j] - max) / sumExp;
            }
        }

        var result = new Tensor(resultData, (int[])t.Shape.Clone(), t.RequiresGrad);
        if (t.RequiresGrad)
        {
            result.Parents = new List<Tensor> { t };
            result.BackwardFn = upstream =>
            {
                if (upstream == null)
                {
                    throw new InvalidOperationException("Gradient output is null in the softmax backward.");
                }

                t.Grad ??= Tensor.ZerosLike(t);
                for (int i = 0; i < batch; i++)
                {
                    float dot = 0f;
                    for (int j = 0; j < classes; j++)
                    {
                        dot += upstream.Data[i * classes + j] * result.Data[i * classes + j];
                    }

                    for (int j = 0; j < classes; j++)
                    {
                        float dy = upstream.Data[i * classes + j];
                        float y = result.Data[i * classes + j];
                        t.Grad.Data[i * classes + j] += y * (dy - dot);
                    }
                }
            };
        }

        return result;
    }
}
