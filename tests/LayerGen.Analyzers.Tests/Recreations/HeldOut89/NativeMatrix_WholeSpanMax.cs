// Idiom: an IDisposable owner of a NativeMemory.Alloc buffer exposing `All` as one Span<double> and a column view.
// Use: softmax over the classes of every sample, activations stored class-major ([classes, batch], Z = W·X).
// Layout: unmanaged double buffer, column-major: class c of sample b at c * Batch + b.
// Bug (LG0001): the max is folded over `All`, every cell of the matrix, then subtracted in each sample's column.
// Our own code.
using System;
using System.Runtime.InteropServices;

namespace HeldOut89.NativeMatrix_WholeSpanMax;

public sealed unsafe class NativeMatrix : IDisposable
{
    private double* _cells;

    public NativeMatrix(int classes, int batch)
    {
        Classes = classes;
        Batch = batch;
        _cells = (double*)NativeMemory.AllocZeroed((nuint)(classes * batch), (nuint)sizeof(double));
    }

    public int Classes { get; }

    public int Batch { get; }

    public Span<double> All => new(_cells, Classes * Batch);

    public ref double At(int c, int b) => ref _cells[(nint)c * Batch + b];

    public void Dispose()
    {
        if (_cells != null)
        {
            NativeMemory.Free(_cells);
            _cells = null;
        }
    }
}

public static class ColumnSoftmax
{
    public static void Apply(NativeMatrix z, NativeMatrix p)
    {
        double max = double.NegativeInfinity;
        foreach (double v in z.All)
        {
            max = Math.Max(max, v); //~ LG0001
        }

        for (int b = 0; b < z.Batch; b++)
        {
            double total = 0.0;
            for (int c = 0; c < z.Classes; c++)
            {
                double e = Math.Exp(z.At(c, b) - max);
                p.At(c, b) = e;
                total += e;
            }

            for (int c = 0; c < z.Classes; c++)
            {
                p.At(c, b) /= total;
            }
        }
    }
}
