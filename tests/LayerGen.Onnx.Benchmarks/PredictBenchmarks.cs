using BenchmarkDotNet.Attributes;
using Microsoft.ML.OnnxRuntime;

namespace LayerGen.Onnx.Benchmarks;

/// <summary>
/// Class prediction for a batch with the generated <c>Predict</c> against ONNX Runtime running the same network exported
/// by <c>ExportOnnx</c>: one thread each (the network's <c>MaxDegreeOfParallelism</c> 1; ONNX Runtime with one intra-op
/// and one inter-op thread, sequential execution, all graph optimisations). ONNX Runtime gets its best case: input and
/// output tensors bound once outside the loop, only the <c>logits</c> output requested, then the same argmax per row.
/// </summary>
public class PredictBenchmarks : IDisposable
{
    private readonly PredictNet _net = new();
    private float[] _input = [];
    private int[] _classes = [];
    private float[] _onnxLogits = [];
    private SessionOptions? _options;
    private InferenceSession? _session;
    private RunOptions? _runOptions;
    private OrtValue? _inputValue;
    private OrtValue? _outputValue;

    /// <summary>Rows per call.</summary>
    [Params(1, 256)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_input, _classes) = BenchmarkModel.Prepare(_net, Batch);
        _onnxLogits = new float[Batch * PredictNet.Outputs];
        _options = BenchmarkModel.SingleThreadOptions();
        _session = new InferenceSession(BenchmarkModel.Export(_net), _options);
        _runOptions = new RunOptions();
        _inputValue = OrtValue.CreateTensorValueFromMemory(_input, [Batch, PredictNet.Inputs]);
        _outputValue = OrtValue.CreateTensorValueFromMemory(_onnxLogits, [Batch, PredictNet.Outputs]);
        BenchmarkModel.CheckSamePredictions(_net, _input, OnnxClasses, Batch);
    }

    /// <summary>The generated network: forward pass and argmax of the logits.</summary>
    [Benchmark(Baseline = true)]
    public int LayerGenPredict()
    {
        _net.Predict(_input, _classes);
        return _classes[0];
    }

    /// <summary>ONNX Runtime: the exported model's logits, then the argmax per row.</summary>
    [Benchmark]
    public int OnnxRuntime()
    {
        _session!.Run(_runOptions!, [OnnxExport.InputName], [_inputValue!], [OnnxExport.LogitsName], [_outputValue!]);
        Rows.ArgMax(_onnxLogits, PredictNet.Outputs, _classes);
        return _classes[0];
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _inputValue?.Dispose();
        _outputValue?.Dispose();
        _runOptions?.Dispose();
        _session?.Dispose();
        _options?.Dispose();
        GC.SuppressFinalize(this);
    }

    private int[] OnnxClasses(int _)
    {
        OnnxRuntime();
        return (int[])_classes.Clone();
    }
}
