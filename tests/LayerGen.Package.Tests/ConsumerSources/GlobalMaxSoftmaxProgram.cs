namespace LayerGen.Package.Tests.ConsumerSources;

/// <summary>A user's hand-written batch softmax with the LG0001 bug: one maximum over the whole batch.</summary>
internal static class GlobalMaxSoftmaxProgram
{
    /// <summary>Source of Program.cs: runs the softmax on a batch whose second row lies far below the first.</summary>
    public const string Program = """
        using System.Globalization;

        internal static class Program
        {
            private static int Main()
            {
                float[] logits = [0f, 1f, 2f, -1000f, -999f, -998f];
                var probabilities = new float[logits.Length];
                BatchSoftmax.Forward(logits, probabilities, 3);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"row sums: {probabilities[0] + probabilities[1] + probabilities[2]:R} {probabilities[3] + probabilities[4] + probabilities[5]:R}"));
                return 0;
            }
        }
        """;

    /// <summary>Source of BatchSoftmax.cs, the buggy softmax (the textbook pattern with <c>np.max(x)</c> over the batch).</summary>
    public const string BatchSoftmax = """
        internal static class BatchSoftmax
        {
            public static void Forward(float[] x, float[] y, int cols)
            {
                int rows = x.Length / cols;
                float max = float.NegativeInfinity;
                for (int i = 0; i < x.Length; i++)
                {
                    max = MathF.Max(max, x[i]);
                }

                for (int r = 0; r < rows; r++)
                {
                    float sum = 0f;
                    for (int c = 0; c < cols; c++)
                    {
                        y[r * cols + c] = MathF.Exp(x[r * cols + c] - max);
                        sum += y[r * cols + c];
                    }

                    for (int c = 0; c < cols; c++)
                    {
                        y[r * cols + c] /= sum;
                    }
                }
            }
        }
        """;
}
