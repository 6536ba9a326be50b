// Our own code: the reported twins of ProvenanceWrites_OtherActivationCopiedIn. The same layers, but the other
// methods only read the output member, copy it out, clear it or fill it with a constant: (1) a Snapshot that copies
// the softmax output out with CopyTo; (2) a Peak that reads it through a read-only span, a Reset that clears it with
// Array.Fill(…, 0); (3) a Report that passes it to a helper of another class that only sums it. The member holds the
// forward's softmax output wherever it is read.
// Bugs: LG0007 ×2 — y(1 − y), only the Jacobian's diagonal (for y = softmax(1, 2, 3), dy = (1, 0, 0) the diagonal
// gives (0.08, 0, 0), the gradient (0.08, −0.02, −0.06)); LG0005 — the log of a softmax probability (−∞ and NaN
// gradients once it underflows; log-softmax is z − max − log Σ exp(z − max)).
using System;

namespace Recreations.ProvenanceWritesReadOnlyUses;

public sealed class SnapshotOutput
{
    private readonly double[] _y;

    public SnapshotOutput(int size) => _y = new double[size];

    public void Forward(double[] z)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < z.Length; i++) max = Math.Max(max, z[i]);
        double sum = 0;
        for (int i = 0; i < z.Length; i++) sum += Math.Exp(z[i] - max);
        for (int i = 0; i < z.Length; i++) _y[i] = Math.Exp(z[i] - max) / sum;
    }

    public double[] Snapshot()
    {
        var copy = new double[_y.Length];
        _y.CopyTo(copy, 0);
        return copy;
    }

    public double[] Backward(double[] dy)
    {
        var dz = new double[dy.Length];
        for (int i = 0; i < dy.Length; i++) dz[i] = dy[i] * _y[i] * (1 - _y[i]); //~ LG0007
        return dz;
    }
}

public sealed class PeakOutput
{
    private double[] _probs = new double[0];

    public void Forward(double[] z)
    {
        _probs = new double[z.Length];
        double max = double.NegativeInfinity;
        foreach (var v in z) max = Math.Max(max, v);
        double sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            _probs[i] = Math.Exp(z[i] - max);
            sum += _probs[i];
        }

        for (int i = 0; i < z.Length; i++) _probs[i] /= sum;
    }

    public double Peak()
    {
        ReadOnlySpan<double> view = _probs;
        double best = 0;
        foreach (var p in view) best = Math.Max(best, p);
        return best;
    }

    public void Reset() => Array.Fill(_probs, 0.0);

    public double Loss(int target) => -Math.Log(_probs[target]); //~ LG0005
}

public static class Stats
{
    public static double Total(double[] values)
    {
        double total = 0;
        foreach (var v in values) total += v;
        return total;
    }
}

public sealed class ReportingOutput
{
    private readonly double[] _out = new double[10];

    public void Softmax(double[] z)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < z.Length; i++) max = Math.Max(max, z[i]);
        double sum = 0;
        for (int i = 0; i < z.Length; i++) sum += Math.Exp(z[i] - max);
        for (int i = 0; i < z.Length; i++) _out[i] = Math.Exp(z[i] - max) / sum;
    }

    public string Report() => $"mass {Stats.Total(_out)}";

    public void Backward(double[] dy, double[] dz)
    {
        for (int i = 0; i < dy.Length; i++) dz[i] = _out[i] * (1 - _out[i]) * dy[i]; //~ LG0007
    }
}
