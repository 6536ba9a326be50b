// Idiom: the `Stream(data, start, count, sink)` helper with a sink lambda `v => peak[cls] = Math.Max(peak[cls], v)`
// folding into a captured per-class array.
// Use: class-major output buffer (one contiguous run of samples per class), one softmax per sample.
// Layout: flat double[classes * batch], class-major, x[c * batch + b].
// Bug LG0004: each stream runs over one class's contiguous run, i.e. over the batch, while the normaliser sums over
// the classes of one sample; each class gets its own batch peak as shift.
// Our own code.
using System;

namespace HeldOut78.OnlineCallback_ClassPeaks;

public static class ClassStreams
{
    private static void Stream(double[] data, int start, int count, Action<double> sink)
    {
        for (int i = start; i < start + count; i++) sink(data[i]);
    }

    public static double[] Softmax(double[] x, int classes)
    {
        int batch = x.Length / classes;
        var peak = new double[classes];
        for (int c = 0; c < classes; c++)
        {
            int cls = c;
            peak[cls] = double.NegativeInfinity;
            Stream(x, cls * batch, batch, v => peak[cls] = Math.Max(peak[cls], v)); //~ LG0004
        }
        var y = new double[x.Length];
        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            for (int c = 0; c < classes; c++) z += y[c * batch + b] = Math.Exp(x[c * batch + b] - peak[c]);
            for (int c = 0; c < classes; c++) y[c * batch + b] /= z;
        }
        return y;
    }
}
