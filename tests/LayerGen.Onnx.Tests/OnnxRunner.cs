using System.Numerics;
using Microsoft.ML.OnnxRuntime;

namespace LayerGen.Onnx.Tests;

/// <summary>Exports a network to memory and runs the model in ONNX Runtime on one thread.</summary>
internal sealed class OnnxRunner : IDisposable
{
    private readonly SessionOptions _options = new() { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
    private readonly InferenceSession _session;

    private OnnxRunner(byte[] model)
    {
        Model = model;
        _session = new InferenceSession(model, _options);
    }

    /// <summary>The exported bytes.</summary>
    public byte[] Model { get; }

    /// <summary>Names of the model's outputs, in order.</summary>
    public IReadOnlyList<string> OutputNames => _session.OutputNames;

    /// <summary>The session's metadata, for the shape checks.</summary>
    public InferenceSession Session => _session;

    /// <summary>Exports <paramref name="network"/> and loads the model.</summary>
    public static OnnxRunner Export<T>(ISequentialNetwork<T> network)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        using var stream = new MemoryStream();
        network.ExportOnnx(stream);
        return new OnnxRunner(stream.ToArray());
    }

    /// <summary>Runs the model on <paramref name="input"/> (<paramref name="rows"/> × width) and returns each output by name.</summary>
    public Dictionary<string, T[]> Run<T>(T[] input, int rows)
        where T : unmanaged
    {
        long[] shape = [rows, input.Length / rows];
        using var value = OrtValue.CreateTensorValueFromMemory(input, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, [OnnxExport.InputName], [value], _session.OutputNames);
        var result = new Dictionary<string, T[]>(StringComparer.Ordinal);
        for (int i = 0; i < outputs.Count; i++)
        {
            result[_session.OutputNames[i]] = outputs[i].GetTensorDataAsSpan<T>().ToArray();
        }

        return result;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }
}
