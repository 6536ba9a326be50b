// Cross-entropy with label smoothing (Szegedy et al. 2016; torch.nn.CrossEntropyLoss(label_smoothing=0.1) with
// probability targets) over a row split into logits | target weights. log_softmax is written out with the max shift.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(20, 1)]
public partial class LabelSmoothedCrossEntropy
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const int classes = 10;
        const double smoothing = 0.1;
        ReadOnlySpan<double> logits = x.Slice(0, classes);
        ReadOnlySpan<double> target = x.Slice(classes, classes);

        double max = double.NegativeInfinity;
        foreach (double v in logits) max = Math.Max(max, v);
        double sum = 0;
        foreach (double v in logits) sum += Math.Exp(v - max);
        double logZ = max + Math.Log(sum);

        double loss = 0;
        for (int c = 0; c < classes; c++)
        {
            double smoothed = (1 - smoothing) * target[c] + smoothing / classes;
            loss -= smoothed * (logits[c] - logZ);
        }
        y[0] = loss;
    }
}
