// HeldOut59 — QuantTensor_StructStackalloc. Idiom: an int8 tensor wrapped in a small readonly struct (data, shape,
// scale, zero point, and a `Dequantise(row, col)` member); the softmax dequantises one row at a time into a `stackalloc`
// scratch span, shifts by the row maximum and exponentiates in double before storing float probabilities.
// Use: embedded inference runtime, classifier head op.
// Layout: struct QuantTensor over flat sbyte[] [rows * cols]; float[rows * cols] out.
// Correct.
using System;

namespace HeldOut59.QuantTensor_StructStackalloc;

public readonly struct QuantTensor
{
    public QuantTensor(sbyte[] data, int rows, int cols, float scale, int zeroPoint)
    {
        Data = data;
        Rows = rows;
        Cols = cols;
        Scale = scale;
        ZeroPoint = zeroPoint;
    }

    public sbyte[] Data { get; }
    public int Rows { get; }
    public int Cols { get; }
    public float Scale { get; }
    public int ZeroPoint { get; }

    public float Dequantise(int row, int col) => (Data[row * Cols + col] - ZeroPoint) * Scale;
}

public static class HeadOp
{
    public static void Softmax(in QuantTensor t, float[] probs)
    {
        Span<float> x = stackalloc float[t.Cols];
        for (int r = 0; r < t.Rows; r++)
        {
            float max = float.NegativeInfinity;
            for (int c = 0; c < t.Cols; c++)
            {
                x[c] = t.Dequantise(r, c);
                max = MathF.Max(max, x[c]);
            }

            double sum = 0.0;
            for (int c = 0; c < t.Cols; c++)
            {
                x[c] = (float)Math.Exp(x[c] - max);
                sum += x[c];
            }

            for (int c = 0; c < t.Cols; c++)
            {
                probs[r * t.Cols + c] = (float)(x[c] / sum);
            }
        }
    }
}
