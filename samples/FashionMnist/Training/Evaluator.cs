using FashionMnist.Data;
using LayerGen;

namespace FashionMnist.Training;

/// <summary>Loss and accuracy of the network over a whole data set, in chunks so the network's buffers stay small.</summary>
internal static class Evaluator
{
    private const int ChunkRows = 2000;

    /// <summary>Mean cross-entropy and accuracy of <paramref name="net"/> on <paramref name="data"/>; fills <paramref name="predictions"/> when given.</summary>
    public static (double Loss, double Accuracy) Evaluate(IFashionClassifier net, Dataset data, int[]? predictions = null)
    {
        var classes = predictions ?? new int[data.Count];
        double lossSum = 0;
        for (int first = 0; first < data.Count; first += ChunkRows)
        {
            int rows = Math.Min(ChunkRows, data.Count - first);
            var images = data.Images.AsSpan(first * Dataset.Features, rows * Dataset.Features);
            var labels = data.Labels.AsSpan(first, rows);

            // One forward pass serves both: argmax of the logits is the prediction, no softmax needed.
            ReadOnlySpan<float> logits = net.Forward(images);
            lossSum += rows * (double)CrossEntropy.FromLogits(logits, labels, Span<float>.Empty, FashionNet.Outputs);
            Rows.ArgMax(logits, FashionNet.Outputs, classes.AsSpan(first, rows));
        }

        int correct = 0;
        for (int i = 0; i < data.Count; i++)
        {
            correct += classes[i] == data.Labels[i] ? 1 : 0;
        }

        return (lossSum / data.Count, (double)correct / data.Count);
    }
}
