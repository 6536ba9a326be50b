// Idiom: an async predictor returning ValueTask<float[][]>, awaiting the model and building each row's probabilities
// with Enumerable.Range(...).Select(...) pipelines.
// Use: a prediction endpoint that receives a batch of logits from an ONNX session wrapper.
// Layout: 2D float[batch, classes]; one float[] of probabilities per row.
// Bug (LG0003): the row's exps are MathF.Exp of the raw logits (no max subtracted), then divided by their sum;
// logits above ~88 overflow to ∞/∞ = NaN.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.ValueTask_SelectExpRaw;

public sealed class BatchPredictor
{
    private readonly Func<CancellationToken, ValueTask<float[,]>> _session;

    public BatchPredictor(Func<CancellationToken, ValueTask<float[,]>> session) => _session = session;

    public async ValueTask<float[][]> PredictAsync(CancellationToken ct = default)
    {
        float[,] x = await _session(ct);
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var result = new float[batch][];
        for (int r = 0; r < batch; r++)
        {
            float[] e = Enumerable.Range(0, classes).Select(j => MathF.Exp(x[r, j])).ToArray(); //~ LG0003
            float s = e.Sum();
            result[r] = e.Select(v => v / s).ToArray();
        }

        return result;
    }
}
