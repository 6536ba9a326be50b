// Idiom: an actor whose message handler keeps "state" in fields; one message is one sample's logit row.
// Use: a per-connection scoring actor that answers each incoming sample with its class probabilities.
// Layout: one double[] row per message; the actor's fields carry state between messages.
// Bug (LG0001): the running peak lives in a field that is never reset between messages, so each sample subtracts the
// maximum over every sample the actor has seen; a sample far below an earlier one underflows to 0/0.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace HeldOut99.Actor_PeakFieldAcrossMessages;

public sealed class ScoringActor
{
    private readonly Channel<(double[] Logits, TaskCompletionSource<double[]> Reply)> _inbox =
        Channel.CreateUnbounded<(double[] Logits, TaskCompletionSource<double[]> Reply)>();

    private double _peak = double.NegativeInfinity;
    private int _handled;

    public int Handled => _handled;

    public Task<double[]> PostAsync(double[] logits)
    {
        var reply = new TaskCompletionSource<double[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inbox.Writer.TryWrite((logits, reply));
        return reply.Task;
    }

    public void Complete() => _inbox.Writer.Complete();

    public async Task RunAsync(CancellationToken ct = default)
    {
        while (await _inbox.Reader.WaitToReadAsync(ct))
        {
            while (_inbox.Reader.TryRead(out var message))
            {
                message.Reply.SetResult(OnSample(message.Logits));
            }
        }
    }

    private double[] OnSample(double[] logits)
    {
        foreach (double v in logits)
        {
            if (v > _peak) _peak = v; //~ LG0001
        }

        var probabilities = new double[logits.Length];
        double total = 0;
        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] = Math.Exp(logits[k] - _peak);
            total += probabilities[k];
        }

        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] /= total;
        }

        _handled++;
        return probabilities;
    }
}
