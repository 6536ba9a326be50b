// known gap: exps written to one buffer are normalised from the other after a swap of the two references; the exp is not tied to the normaliser
// gap: -LG0003@45
// Idiom: ping-pong between two jagged buffers `front`/`back`, swapped with a temporary after every pass.
// Use: per-sample softmax in a reusable two-buffer pipeline. Layout: jagged double[batch][classes].
// Bug (LG0003): the exp pass exponentiates the raw logits (no max subtracted), the next pass normalises each row.
// Our own code.
using System;

namespace HeldOut76.PingPong_RawExpJagged;

public sealed class TwoBuffers
{
    private double[][] _front;
    private double[][] _back;

    public TwoBuffers(int batch, int classes)
    {
        _front = new double[batch][];
        _back = new double[batch][];
        for (int b = 0; b < batch; b++)
        {
            _front[b] = new double[classes];
            _back[b] = new double[classes];
        }
    }

    private void Swap()
    {
        var t = _front;
        _front = _back;
        _back = t;
    }

    public double[][] Softmax(double[][] logits)
    {
        for (int b = 0; b < logits.Length; b++)
        {
            logits[b].CopyTo(_front[b], 0);
        }

        for (int b = 0; b < _front.Length; b++)
        {
            for (int k = 0; k < _front[b].Length; k++)
            {
                _back[b][k] = Math.Exp(_front[b][k]); //~ LG0003
            }
        }

        Swap();
        for (int b = 0; b < _front.Length; b++)
        {
            double acc = 0.0;
            foreach (double e in _front[b])
            {
                acc += e;
            }

            for (int k = 0; k < _front[b].Length; k++)
            {
                _back[b][k] = _front[b][k] / acc;
            }
        }

        Swap();
        return _front;
    }
}
