// Idiom: an async normalisation pass with an IProgress<double> callback (fraction done) and a cancellation token.
// Use: a labelling tool that converts per-class score lists into per-sample probabilities and reports progress.
// Layout: class-major jagged float[classes][batch] (one array per class); softmax over the classes of each sample.
// Bug (LG0004): the peaks are taken per class over the batch (along each class array), while the sum runs per sample
// over the classes, so max and sum run over different axes.
// Our own code.
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.Progress_ClassPeaksJagged;

public static class ScoreListNormaliser
{
    public static async Task<float[][]> NormaliseAsync(float[][] scoresByClass, IProgress<double>? progress = null, CancellationToken ct = default)
    {
        int classes = scoresByClass.Length;
        int batch = scoresByClass[0].Length;
        var peaks = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            peaks[c] = float.NegativeInfinity;
            foreach (float s in scoresByClass[c])
            {
                if (s > peaks[c]) peaks[c] = s; //~ LG0004
            }
        }

        var probs = new float[classes][];
        for (int c = 0; c < classes; c++) probs[c] = new float[batch];

        for (int b = 0; b < batch; b++)
        {
            ct.ThrowIfCancellationRequested();
            float norm = 0f;
            for (int c = 0; c < classes; c++)
            {
                probs[c][b] = float.Exp(scoresByClass[c][b] - peaks[c]);
                norm += probs[c][b];
            }

            for (int c = 0; c < classes; c++) probs[c][b] /= norm;
            progress?.Report((b + 1) / (double)batch);
            await Task.Yield();
        }

        return probs;
    }
}
