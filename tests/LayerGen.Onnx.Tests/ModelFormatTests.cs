using LayerGen.Onnx.Schema;
using Microsoft.ML.OnnxRuntime;

namespace LayerGen.Onnx.Tests;

/// <summary>What the exported file declares: versions, names, shapes, element types, operators, and that it is reproducible.</summary>
public sealed class ModelFormatTests
{
    [Fact]
    public void Model_declares_ir_version_7_and_opset_13_of_the_default_domain()
    {
        var model = Export(new FloatClassifier());

        Assert.Equal(7, model.IrVersion);
        Assert.Equal(OnnxExport.IrVersion, model.IrVersion);
        var opset = Assert.Single(model.OpsetImport);
        Assert.Equal(string.Empty, opset.Domain);
        Assert.Equal(13, opset.Version);
        Assert.Equal("LayerGen.Onnx", model.ProducerName);
    }

    [Fact]
    public void Every_layer_becomes_its_operator_and_the_loss_a_softmax_over_axis_1()
    {
        var graph = Export(new FloatClassifier()).Graph;

        Assert.Equal(
            ["Gemm", "Relu", "Gemm", "Sigmoid", "Gemm", "Tanh", "Gemm", "Softmax"],
            graph.Node.Select(n => n.OpType));
        var softmax = graph.Node[^1];
        Assert.Equal([OnnxExport.LogitsName], softmax.Input);
        Assert.Equal([OnnxExport.ProbabilitiesName], softmax.Output);
        var axis = Assert.Single(softmax.Attribute);
        Assert.Equal(("axis", 1L), (axis.Name, axis.I));
        Assert.Equal(
            ["affine1_weights", "affine1_bias", "affine2_weights", "affine2_bias", "affine3_weights", "affine3_bias", "affine4_weights", "affine4_bias"],
            graph.Initializer.Select(t => t.Name));
        Assert.Equal([12L, 16L], graph.Initializer[0].Dims);
        Assert.Equal([16L], graph.Initializer[1].Dims);
    }

    [Fact]
    public void Initializers_hold_the_parameters_in_the_networks_layout()
    {
        var net = new DoubleClassifier();
        for (int i = 0; i < net.Parameters.Length; i++)
        {
            net.Parameters[i] = i * 0.25;
        }

        var initializers = Export(net).Graph.Initializer;

        Assert.All(initializers, t => Assert.Equal((int)TensorProto.Types.DataType.Double, t.DataType));
        Assert.Equal(net.Affine1Weights.ToArray(), initializers[0].DoubleData);
        Assert.Equal(net.Affine1Bias.ToArray(), initializers[1].DoubleData);
        Assert.Equal(net.Affine4Weights.ToArray(), initializers[6].DoubleData);
        Assert.Equal(net.Affine4Bias.ToArray(), initializers[7].DoubleData);
    }

    [Fact]
    public void Input_and_outputs_have_a_free_batch_size_and_the_network_widths()
    {
        using var onnx = OnnxRunner.Export(new DoubleClassifier());

        var input = Assert.Single(onnx.Session.InputMetadata);
        Assert.Equal(OnnxExport.InputName, input.Key);
        Assert.Equal([-1, 12], input.Value.Dimensions);
        Assert.Equal(typeof(double), input.Value.ElementType);
        Assert.Equal("N", input.Value.SymbolicDimensions[0]);
        foreach (var name in new[] { OnnxExport.LogitsName, OnnxExport.ProbabilitiesName })
        {
            Assert.Equal([-1, 5], onnx.Session.OutputMetadata[name].Dimensions);
            Assert.Equal(typeof(double), onnx.Session.OutputMetadata[name].ElementType);
        }
    }

    [Fact]
    public void Network_ending_in_a_softmax_names_its_input_logits_and_its_output_probabilities()
    {
        var graph = Export(new FloatSoftmaxOutput()).Graph;

        Assert.Equal(["Gemm", "Tanh", "Gemm", "Softmax"], graph.Node.Select(n => n.OpType));
        Assert.Equal([OnnxExport.LogitsName], graph.Node[2].Output);
        Assert.Equal([OnnxExport.ProbabilitiesName], graph.Node[3].Output);
        Assert.Equal([OnnxExport.LogitsName, OnnxExport.ProbabilitiesName], graph.Output.Select(o => o.Name));
    }

    [Fact]
    public void Export_is_deterministic_and_the_path_overload_writes_the_same_bytes()
    {
        var net = new FloatClassifier();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        net.ExportOnnx(first);
        net.ExportOnnx(second);
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "model.onnx");

        net.ExportOnnx(path);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(first.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Generated_layer_list_describes_the_declared_layers()
    {
        ISequentialNetwork<float> net = new FloatClassifier();

        Assert.Equal(
            ["Affine(12, 16)", "Relu(16)", "Affine(16, 8)", "Sigmoid(8)", "Affine(8, 6)", "Tanh(6)", "Affine(6, 5)", "SoftmaxWithLoss(5)"],
            net.Layers.Select(l => l.ToString()));
        Assert.Equal((0, 192), (net.Layers[0].WeightsOffset, net.Layers[0].BiasOffset));
        Assert.Equal((208, 336), (net.Layers[2].WeightsOffset, net.Layers[2].BiasOffset));
        Assert.Equal(FloatClassifier.ParameterCount, net.Layers.Sum(l => l.ParameterCount));
        Assert.Equal(FloatClassifier.ParameterCount, net.Parameters.Length);
    }

    private static ModelProto Export<T>(ISequentialNetwork<T> network)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        using var stream = new MemoryStream();
        network.ExportOnnx(stream);
        return ModelProto.Parser.ParseFrom(stream.ToArray());
    }
}
