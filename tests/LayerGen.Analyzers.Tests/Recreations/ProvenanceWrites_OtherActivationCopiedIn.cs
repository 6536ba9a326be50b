// Our own code, after the switchable output layers of small C# network libraries (one layer class whose output
// member a softmax forward fills, with other methods that load or compute another activation into the same member).
// (1) An output layer whose Forward stores a max-shifted softmax into a field, and whose SigmoidForward (multi-label
// mode) computes logistic outputs in a scratch array and copies them in with CopyTo; Backward uses y(1 − y).
// (2) A layer whose Restore method copies a checkpoint into its output buffer with Array.Copy, and whose Tanh mode
// writes through a span alias; its loss takes the log of the member. (3) A layer whose activation object (another
// class) fills the output array passed to it. In each the member is not known to hold the softmax output (another
// method stores other values into it), so the element-wise slope and the log are not reported.
// Label: correct (silent) as far as the analyzer can know; the reported twin is ProvenanceWrites_ReadOnlyUses.
using System;

namespace Recreations.ProvenanceWritesOtherActivationCopiedIn;

public sealed class SwitchableOutput
{
    private readonly double[] _y;

    public SwitchableOutput(int size) => _y = new double[size];

    public void Forward(double[] z)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < z.Length; i++) max = Math.Max(max, z[i]);
        double sum = 0;
        for (int i = 0; i < z.Length; i++) sum += Math.Exp(z[i] - max);
        for (int i = 0; i < z.Length; i++) _y[i] = Math.Exp(z[i] - max) / sum;
    }

    public void SigmoidForward(double[] z)
    {
        var scratch = new double[z.Length];
        for (int i = 0; i < z.Length; i++) scratch[i] = 1 / (1 + Math.Exp(-z[i]));
        scratch.CopyTo(_y, 0);
    }

    public double[] Backward(double[] dy)
    {
        var dz = new double[dy.Length];
        for (int i = 0; i < dy.Length; i++) dz[i] = dy[i] * _y[i] * (1 - _y[i]);
        return dz;
    }
}

public sealed class CheckpointedOutput
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

    public void Restore(double[] saved) => Array.Copy(saved, _probs, saved.Length);

    public void Tanh(double[] z)
    {
        Span<double> view = _probs;
        for (int i = 0; i < z.Length; i++) view[i] = Math.Tanh(z[i]);
    }

    public double Loss(int target) => -Math.Log(_probs[target]);
}

public sealed class Logistic
{
    public void Apply(double[] z, double[] into)
    {
        for (int i = 0; i < z.Length; i++) into[i] = 1 / (1 + Math.Exp(-z[i]));
    }
}

public sealed class DelegatingOutput
{
    private readonly double[] _out = new double[10];
    private readonly Logistic _logistic = new Logistic();

    public void Softmax(double[] z)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < z.Length; i++) max = Math.Max(max, z[i]);
        double sum = 0;
        for (int i = 0; i < z.Length; i++) sum += Math.Exp(z[i] - max);
        for (int i = 0; i < z.Length; i++) _out[i] = Math.Exp(z[i] - max) / sum;
    }

    public void MultiLabel(double[] z) => _logistic.Apply(z, _out);

    public void Backward(double[] dy, double[] dz)
    {
        for (int i = 0; i < dy.Length; i++) dz[i] = _out[i] * (1 - _out[i]) * dy[i];
    }
}
