// HeldOut15 — Nystromformer_PeakOverKernel
// Source: Nyströmformer (Xiong et al. 2021), a port that normalises each landmark kernel with one
// "stability" constant for the whole kernel.
// Layout: a dense kernel Memory<double> [rows · cols], row-major; softmax over the cols of each row.
// Bug (LG0001): the peak is folded over every entry of the kernel, not per row, so a row far below
// the kernel's best score underflows to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class Nystromformer_PeakOverKernel
{
    /// <summary>Row softmax of a dense [rows, cols] kernel, in place.</summary>
    public static void KernelSoftmax(Memory<double> kernel, int cols)
    {
        Span<double> k = kernel.Span;
        double peak = double.MinValue;
        for (int i = 0; i < k.Length; i++)
            if (k[i] > peak) peak = k[i]; //~ LG0001
        int rows = k.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            Span<double> row = k.Slice(r * cols, cols);
            double z = 0;
            for (int j = 0; j < cols; j++) z += row[j] = Math.Exp(row[j] - peak);
            for (int j = 0; j < cols; j++) row[j] /= z;
        }
    }
}
