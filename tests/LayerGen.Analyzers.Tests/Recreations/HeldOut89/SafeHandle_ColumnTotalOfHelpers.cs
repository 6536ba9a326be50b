// Idiom: a `SafeHandleZeroOrMinusOneIsInvalid` owning an unmanaged double tensor; pointer helpers with a `nint` stride.
// Use: softmax per sample of class-major logits ([classes, batch]) produced by a native matmul.
// Layout: unmanaged double buffer, column-major: class c of sample b at c * batch + b (stride `batch`).
// Bug (LG0002): each sample's max and exps are right (helpers given one column), but `mass` adds up the column sums of
// every sample and each column is divided by that batch-wide mass.
// Our own code.
using System;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace HeldOut89.SafeHandle_ColumnTotalOfHelpers;

public sealed unsafe class NativeLogits : SafeHandleZeroOrMinusOneIsInvalid
{
    public NativeLogits(int classes, int batch)
        : base(ownsHandle: true)
    {
        Classes = classes;
        Batch = batch;
        SetHandle((IntPtr)NativeMemory.Alloc((nuint)(classes * batch), (nuint)sizeof(double)));
    }

    public int Classes { get; }

    public int Batch { get; }

    public double* Data => (double*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMemory.Free((void*)handle);
        return true;
    }
}

public static unsafe class ColumnSoftmax
{
    public static void Forward(NativeLogits z, NativeLogits p)
    {
        nint stride = z.Batch;
        double mass = 0;
        for (int b = 0; b < z.Batch; b++)
        {
            double peak = ColumnMax(z.Data + b, z.Classes, stride);
            mass += ExpColumn(z.Data + b, p.Data + b, z.Classes, stride, peak); //~ LG0002
        }

        for (int b = 0; b < z.Batch; b++)
        {
            for (int c = 0; c < z.Classes; c++)
            {
                p.Data[c * stride + b] /= mass;
            }
        }
    }

    private static double ColumnMax(double* column, int classes, nint stride)
    {
        double m = double.NegativeInfinity;
        for (int c = 0; c < classes; c++)
        {
            m = Math.Max(m, column[c * stride]);
        }

        return m;
    }

    private static double ExpColumn(double* column, double* into, int classes, nint stride, double peak)
    {
        double s = 0;
        for (int c = 0; c < classes; c++)
        {
            into[c * stride] = Math.Exp(column[c * stride] - peak);
            s += into[c * stride];
        }

        return s;
    }
}
