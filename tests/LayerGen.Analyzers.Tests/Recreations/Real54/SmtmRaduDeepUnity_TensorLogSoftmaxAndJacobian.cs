// known gap: user tensor operations (Tensor.Exp, Sum/Expand, operator /, Tensor.Log, a rank-3 Jacobian tensor) are outside the model (see README)
// gap: -LG0003@178 -LG0005@182 -LG0006@201
// Source: smtmRadu/DeepUnity Assets/DeepUnity/Modules/Activations/LogSoftmax.cs:39 (Forward), :52 (Backward) at
// 3be25e112557 (re-created, not copied)
// Layout: tensor operations over the last axis of a (B, H) batch: Exp, Sum(axis −1, keep dim), Expand, divide,
// Log. Backward divides the incoming gradient by the cached softmax, then fills a (B, H, H) Jacobian
// J[b, j, i] = s[b, i]·(δij − s[b, j]) in three loops and multiplies by it.
// Label: Forward LG0003 (exp of the raw input) + LG0005 (log of the softmax probabilities); Backward LG0006
// (materialised Jacobian).
using System;

namespace Recreations.SmtmRaduDeepUnity_TensorLogSoftmaxAndJacobian;

/// <summary>Stand-in for the library tensor: rank 2 (B, H) or rank 3 (B, H, H), row-major floats.</summary>
public sealed class Tensor
{
    private readonly float[] data;
    private readonly int[] shape;

    private Tensor(params int[] shape)
    {
        this.shape = shape;
        var length = 1;
        foreach (var extent in shape)
        {
            length *= extent;
        }

        data = new float[length];
    }

    /// <summary>The number of axes.</summary>
    public int Rank => shape.Length;

    /// <summary>Element (b, i) of a rank-2 tensor.</summary>
    public float this[int b, int i]
    {
        get => data[(b * shape[1]) + i];
        set => data[(b * shape[1]) + i] = value;
    }

    /// <summary>Element (b, j, i) of a rank-3 tensor.</summary>
    public float this[int b, int j, int i]
    {
        get => data[(((b * shape[1]) + j) * shape[2]) + i];
        set => data[(((b * shape[1]) + j) * shape[2]) + i] = value;
    }

    /// <summary>The extent of an axis (negative counts from the end).</summary>
    public int Size(int axis) => shape[axis < 0 ? shape.Length + axis : axis];

    /// <summary>A zero tensor.</summary>
    public static Tensor Zeros(params int[] shape) => new(shape);

    /// <summary>A rank-2 tensor from rows.</summary>
    public static Tensor FromRows(float[][] rows)
    {
        var t = new Tensor(rows.Length, rows[0].Length);
        for (int b = 0; b < rows.Length; b++)
        {
            for (int i = 0; i < rows[0].Length; i++)
            {
                t[b, i] = rows[b][i];
            }
        }

        return t;
    }

    /// <summary>Element-wise e^x.</summary>
    public static Tensor Exp(Tensor x) => x.Map(MathF.Exp);

    /// <summary>Element-wise natural log.</summary>
    public static Tensor Log(Tensor x) => x.Map(MathF.Log);

    /// <summary>Element-wise power.</summary>
    public Tensor Pow(float power) => Map(v => MathF.Pow(v, power));

    /// <summary>Sum over the last axis of a rank-2 tensor, kept as an extent-1 axis.</summary>
    public static Tensor Sum(Tensor x, int axis, bool keepDim)
    {
        _ = axis;
        _ = keepDim;
        var sums = new Tensor(x.shape[0], 1);
        for (int b = 0; b < x.shape[0]; b++)
        {
            float total = 0f;
            for (int i = 0; i < x.shape[1]; i++)
            {
                total += x[b, i];
            }

            sums[b, 0] = total;
        }

        return sums;
    }

    /// <summary>Repeats an extent-1 last axis <paramref name="times"/> times.</summary>
    public static Tensor Expand(Tensor x, int axis, int times)
    {
        _ = axis;
        var wide = new Tensor(x.shape[0], times);
        for (int b = 0; b < x.shape[0]; b++)
        {
            for (int i = 0; i < times; i++)
            {
                wide[b, i] = x[b, 0];
            }
        }

        return wide;
    }

    /// <summary>(B, H) times (B, H, H): out[b, i] = Σ_j a[b, j]·m[b, j, i].</summary>
    public static Tensor MatMul(Tensor a, Tensor m)
    {
        var product = new Tensor(a.shape[0], a.shape[1]);
        for (int b = 0; b < a.shape[0]; b++)
        {
            for (int i = 0; i < a.shape[1]; i++)
            {
                float acc = 0f;
                for (int j = 0; j < a.shape[1]; j++)
                {
                    acc += a[b, j] * m[b, j, i];
                }

                product[b, i] = acc;
            }
        }

        return product;
    }

    /// <summary>Element-wise quotient.</summary>
    public static Tensor operator /(Tensor a, Tensor b) => a.Zip(b, (x, y) => x / y);

    /// <summary>Element-wise product.</summary>
    public static Tensor operator *(Tensor a, Tensor b) => a.Zip(b, (x, y) => x * y);

    private Tensor Map(Func<float, float> f)
    {
        var result = new Tensor(shape);
        for (int k = 0; k < data.Length; k++)
        {
            result.data[k] = f(data[k]);
        }

        return result;
    }

    private Tensor Zip(Tensor other, Func<float, float, float> f)
    {
        var result = new Tensor(shape);
        for (int k = 0; k < data.Length; k++)
        {
            result.data[k] = f(data[k], other.data[k]);
        }

        return result;
    }
}

/// <summary>log(softmax(x)) over the last axis, with its backward pass.</summary>
public sealed class LogSoftmax
{
    private Tensor? softmaxCache;

    /// <summary>Forward: exp, row sums, divide, log.</summary>
    public Tensor Forward(Tensor input)
    {
        if (input.Rank != 1 && input.Rank != 2)
        {
            throw new ArgumentException("Softmax input must be of shape (B, H) or (H).");
        }

        Tensor exp = Tensor.Exp(input); //~ LG0003
        Tensor expSum = Tensor.Sum(exp, -1, true);
        expSum = Tensor.Expand(expSum, -1, exp.Size(-1));
        softmaxCache = exp / expSum;
        return Tensor.Log(softmaxCache); //~ LG0005
    }

    /// <summary>Backward: 1/s times the incoming gradient, then through the full (B, H, H) Jacobian.</summary>
    public Tensor Backward(Tensor dLdY)
    {
        var cache = softmaxCache ?? throw new InvalidOperationException("Forward first.");
        int batch = cache.Size(-2);
        int h = cache.Size(-1);

        dLdY = dLdY * cache.Pow(-1f);
        Tensor jacobian = Tensor.Zeros(batch, h, h);
        for (int b = 0; b < batch; b++)
        {
            for (int j = 0; j < h; j++)
            {
                for (int i = 0; i < h; i++)
                {
                    float delta = i == j ? 1 : 0;
                    jacobian[b, j, i] = cache[b, i] * (delta - cache[b, j]); //~ LG0006
                }
            }
        }

        return Tensor.MatMul(dLdY, jacobian);
    }
}
