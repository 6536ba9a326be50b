using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Emitting.Standalone;

/// <summary>Emits a standalone layer: one layer attribute other than <c>[Affine]</c>.</summary>
internal static class StandaloneLayerEmitter
{
    public static void Emit(CodeWriter writer, LayerClassModel model, NumericType t)
    {
        ResolvedLayer layer = model.Layers[0];
        SoftmaxKernelPlan? plan = model.Kernels.Length > 0 ? model.Kernels[0] : null;
        switch (layer.Kind)
        {
            case LayerKind.Softmax:
                SoftmaxLayerEmitter.Emit(writer, t, layer.Outputs, plan);
                break;
            case LayerKind.SoftmaxWithLoss:
                SoftmaxWithLossLayerEmitter.Emit(writer, t, layer.Outputs, plan);
                break;
            default:
                ActivationLayerEmitter.Emit(writer, t, layer.Kind);
                break;
        }
    }
}
