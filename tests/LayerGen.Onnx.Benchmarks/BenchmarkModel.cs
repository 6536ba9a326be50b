using Microsoft.ML.OnnxRuntime;

namespace LayerGen.Onnx.Benchmarks;

/// <summary>The benchmark's model and data, and the check that both sides predict the same classes before timing.</summary>
internal static class BenchmarkModel
{
    /// <summary>Seeded parameters (He initialisation plus small random biases) and pixel-like input in [0, 1].</summary>
    public static (float[] Input, int[] Classes) Prepare(PredictNet net, int batch)
    {
        net.MaxDegreeOfParallelism = 1;
        net.ResetParameters(seed: 3);
        var random = new Random(4);
        foreach (ref float bias in net.Affine1Bias)
        {
            bias = (float)(random.NextDouble() * 0.2 - 0.1);
        }

        var input = new float[batch * PredictNet.Inputs];
        for (int i = 0; i < input.Length; i++)
        {
            input[i] = (float)random.NextDouble();
        }

        return (input, new int[batch]);
    }

    /// <summary>ONNX Runtime on the calling thread only.</summary>
    public static SessionOptions SingleThreadOptions() => new()
    {
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
    };

    public static byte[] Export(PredictNet net)
    {
        using var stream = new MemoryStream();
        net.ExportOnnx(stream);
        return stream.ToArray();
    }

    /// <summary>Throws unless ONNX Runtime predicts the class LayerGen predicts for every row.</summary>
    public static void CheckSamePredictions(PredictNet net, float[] input, Func<int, int[]> onnxClasses, int batch)
    {
        var expected = new int[batch];
        net.Predict(input, expected);
        int[] actual = onnxClasses(batch);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            throw new InvalidOperationException($"ONNX Runtime and LayerGen predict different classes at batch {batch}.");
        }
    }
}
