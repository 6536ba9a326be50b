// Idiom: a `SafeHandle` owning an unmanaged float tensor (NativeMemory.Alloc / Free in ReleaseHandle), with row spans.
// Use: softmax over the last axis of a [rows, cols] tensor owned by a handle (as a native runtime would hand it out).
// Layout: unmanaged float buffer behind `handle`, row-major; rows exposed as Span<float> by `Row(r)`.
// Correct: the shifted exps and the sum are computed by a helper that is given one row span and that row's max.
// Our own code.
using System;
using System.Runtime.InteropServices;

namespace HeldOut89.SafeHandle_RowTensor;

public sealed unsafe class TensorHandle : SafeHandle
{
    public TensorHandle(int rows, int cols)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        Rows = rows;
        Cols = cols;
        SetHandle((IntPtr)NativeMemory.AllocZeroed((nuint)(rows * cols * sizeof(float))));
    }

    public int Rows { get; }

    public int Cols { get; }

    public override bool IsInvalid => handle == IntPtr.Zero;

    public Span<float> Row(int r) => new((float*)handle + (nint)r * Cols, Cols);

    protected override bool ReleaseHandle()
    {
        NativeMemory.Free((void*)handle);
        return true;
    }
}

public static class HandleSoftmax
{
    public static void Softmax(TensorHandle input, TensorHandle output)
    {
        for (int r = 0; r < input.Rows; r++)
        {
            Span<float> src = input.Row(r);
            Span<float> dst = output.Row(r);
            float hi = MaxOf(src);
            float sum = ExpShifted(src, hi, dst);
            for (int j = 0; j < dst.Length; j++)
            {
                dst[j] /= sum;
            }
        }
    }

    private static float MaxOf(ReadOnlySpan<float> values)
    {
        float hi = values[0];
        for (int j = 1; j < values.Length; j++)
        {
            if (values[j] > hi) hi = values[j];
        }

        return hi;
    }

    private static float ExpShifted(ReadOnlySpan<float> values, float shift, Span<float> into)
    {
        float sum = 0f;
        for (int j = 0; j < values.Length; j++)
        {
            into[j] = MathF.Exp(values[j] - shift);
            sum += into[j];
        }

        return sum;
    }
}
