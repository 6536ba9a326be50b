using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using LayerGen.Analyzers.Softmax.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Rules;

/// <summary>
/// Runs the softmax rules (LG0001–LG0008) over one <see cref="SoftmaxModel"/> per method. The model is built only
/// for blocks that call something named <c>…Exp</c>, <c>SoftMax</c>, <c>Forward</c>, an exp helper of the file or an exp written as a power, or
/// that may see probabilities from elsewhere (<see cref="MaySeeImportedProbabilities"/>) in a type that computes some
/// (<see cref="MentionsExp"/>): an operation action (dispatched by the driver's own walk) sets a flag, and the
/// block-end action builds the model, so untouched methods cost nothing. A log alone needs no model: a log-softmax
/// sums exps, and a log of a probability reads one from an exp, a softmax call, or the type's helpers and fields.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SoftmaxAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Every softmax rule, in the order the analyzer asks them (their verdicts must not depend on it).</summary>
    internal static readonly ImmutableArray<SoftmaxRule> Rules = ImmutableArray.Create<SoftmaxRule>(
        new GlobalMaxRule(), new GlobalSumRule(), new UnshiftedExpRule(), new MismatchedAxesRule(),
        new LogOfProbabilityRule(), new MaterialisedJacobianRule(), new DiagonalDerivativeRule(), new WholeBufferSoftmaxRule());

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.GlobalMaxInBatchSoftmax,
        DiagnosticDescriptors.GlobalSumInBatchSoftmax,
        DiagnosticDescriptors.UnshiftedSoftmaxExp,
        DiagnosticDescriptors.MismatchedSoftmaxAxes,
        DiagnosticDescriptors.LogOfSoftmaxProbability,
        DiagnosticDescriptors.MaterialisedSoftmaxJacobian,
        DiagnosticDescriptors.DiagonalSoftmaxDerivative,
        DiagnosticDescriptors.WholeBufferSoftmax);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = WellKnownSymbols.Create(start.Compilation);
            var findings = new BlockFindings(symbols);
            var typesWithExp = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
            var helpersNamingExp = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationBlockStartAction(blockStart =>
            {
                var callsExp = new Flag();
                var mayImport = new Flag();
                var type = blockStart.OwningSymbol.ContainingType;
                blockStart.RegisterOperationAction(
                    operation =>
                    {
                        if (operation.Operation is IInvocationOperation { TargetMethod.Name: var name } && (name is "SoftMax" or "Forward" || WellKnownSymbols.MayNameAnExp(name))
                            || operation.Operation is IInvocationOperation { TargetMethod: { Name: "Pow" } pow } && symbols.IsPow(pow) // Math.Pow(Math.E, v) may be an exp
                            || operation.Operation is IMethodReferenceOperation { Method.Name: var reference } && WellKnownSymbols.MayNameAnExp(reference)
                            // A method group or address of an exp helper of the file (delegate* managed<…> e = &Shifted).
                            || operation.Operation is IMethodReferenceOperation { Method: var referenced } && ExpHelperSyntax.MayBeExpHelperIn(referenced, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken)
                            // A call through a delegate or function-pointer member whose declaration names an exp
                            // (static readonly Func<float, float> Exp = MathF.Exp; static readonly delegate*<float, float> E = &MathF.Exp).
                            || operation.Operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: IMemberReferenceOperation { Member: var held } }
                                && ExpHelperSyntax.NamesExpIn(held, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken)
                            || operation.Operation is IFunctionPointerInvocationOperation { Target: IMemberReferenceOperation { Member: var pointer } }
                                && ExpHelperSyntax.NamesExpIn(pointer, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken)
                            // An exp helper of the file, whatever type declares it and whatever it is named (Act.Softmax(x) => Math.Exp(x)).
                            || operation.Operation is IInvocationOperation { TargetMethod: var callee } && ExpHelperSyntax.MayBeExpHelperIn(callee, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken)
                            // A method returning a value that wraps an exp (an autograd node's new Value(Math.Exp(Data))).
                            || operation.Operation is IInvocationOperation { TargetMethod: var wrapper } && ExpHelperSyntax.MayWrapExpIn(wrapper, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken)
                            // A helper of another type the model follows (MathUtil.ExpShiftedInPlace(frames, o, n, m)) that writes exps.
                            || operation.Operation is IInvocationOperation { TargetMethod: var helper } && type is not null && !SymbolEqualityComparer.Default.Equals(helper.ContainingType?.OriginalDefinition, type.OriginalDefinition)
                                && HelperReach.MayFollow(helper.OriginalDefinition, blockStart.OwningSymbol) && helper.DeclaringSyntaxReferences[0].SyntaxTree == operation.Operation.Syntax.SyntaxTree
                                && helpersNamingExp.GetOrAdd(helper.OriginalDefinition, method => ExpHelperSyntax.NamesExpIn(method, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken))
                            // A virtual or interface call whose one implementation (which the model inlines) writes exps (visitor.Visit(i, slice)).
                            || operation.Operation is IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: > 0 } dispatched } dispatchedCall && type is not null
                                && (dispatched.IsAbstract || dispatched.IsVirtual || dispatched.IsOverride)
                                && DispatchTargets.SoleImplementation(dispatched.OriginalDefinition, dispatchedCall.Instance?.Type ?? type, start.Compilation) is IMethodSymbol { DeclaringSyntaxReferences: [var implementation] } implemented
                                && implementation.SyntaxTree == operation.Operation.Syntax.SyntaxTree
                                && helpersNamingExp.GetOrAdd(implemented.OriginalDefinition, method => ExpHelperSyntax.NamesExpIn(method, operation.Operation.Syntax.SyntaxTree, operation.CancellationToken)))
                        {
                            callsExp.Set();
                        }
                        else if (MaySeeImportedProbabilities(operation.Operation, type))
                        {
                            mayImport.Set();
                        }
                    },
                    OperationKind.Invocation,
                    OperationKind.FunctionPointerInvocation,
                    OperationKind.MethodReference,
                    OperationKind.FieldReference,
                    OperationKind.PropertyReference);
                blockStart.RegisterOperationBlockEndAction(blockEnd =>
                {
                    if (callsExp.IsSet || (mayImport.IsSet && type is not null && typesWithExp.GetOrAdd(type, t => MentionsExp(t, blockEnd.CancellationToken))))
                    {
                        Analyze(blockEnd, findings);
                    }
                });
            });
        });
    }

    /// <remarks>
    /// A diagnostic is reported once per compilation, however many blocks reach it, and as the block it is located in
    /// describes it when that block finds it too (<see cref="BlockFindings"/>): a too-wide max folded by a helper method
    /// may be found by every caller and by the helper itself, and two inlined copies of one helper (two calls) may find
    /// one bug twice. The model inlines the block's same-type helpers where it can
    /// (<see cref="SoftmaxModel.BuildWithInlinedHelpers"/>), so a fold in a helper is judged per call.
    /// </remarks>
    private static void Analyze(OperationBlockAnalysisContext context, BlockFindings findings)
    {
        foreach (var block in context.OperationBlocks)
        {
            if (BlockFindings.IsAnalysedBlock(block))
            {
                findings.Report(block, () => GraphOf(context, block), context.ReportDiagnostic, context.CancellationToken);
            }
        }
    }

    /// <summary>
    /// A call of a method of the same type (a helper that may return probabilities), of <c>LayerGen.Softmax.Forward</c>,
    /// or a read of a numeric buffer or user tensor field or property of the type or a base class (which the type's
    /// forward pass may fill).
    /// </summary>
    private static bool MaySeeImportedProbabilities(IOperation operation, INamedTypeSymbol? type) => operation switch
    {
        _ when type is null => false,
        IInvocationOperation call => SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType?.OriginalDefinition, type.OriginalDefinition),
        IFieldReferenceOperation field => MemberStorage.IsDeclaredOnTypeOrBase(field.Field, type) && MemberStorage.MayHoldValues(field.Type),
        IPropertyReferenceOperation property => MemberStorage.IsDeclaredOnTypeOrBase(property.Property, type) && MemberStorage.MayHoldValues(property.Type),
        _ => false,
    };

    /// <summary>
    /// True when some declaration of <paramref name="type"/> names an exp, a softmax, a power or a <c>Forward</c>
    /// (by syntax, once per type): only then can a helper or field of the type hold probabilities for a block that
    /// computes none itself (a log of them, LG0005; a Jacobian of them, LG0006/LG0007).
    /// </summary>
    internal static bool MentionsExp(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            foreach (var token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText is var text
                    && (WellKnownSymbols.MayNameAnExp(text) || text is "SoftMax" or "Softmax" or "Forward" || text is "Pow" && MayBeExponential(token)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// False for a <c>Pow</c> call that is no exponential of data: a variable base (<c>Math.Pow(x[i], y[i])</c>, a
    /// power) or constant base and exponent (<c>Math.Pow(2.0, -52.0)</c>, a number). Any other mention may be one
    /// (<c>Math.Pow(Math.E, v)</c>, <c>MathF.Pow(2f, s)</c>, a method group). Without this a linear-algebra type with
    /// one element-wise power had every method that reads one of its arrays modelled.
    /// </summary>
    private static bool MayBeExponential(SyntaxToken pow)
    {
        // A Pow token in an expression is always a simple name (Pow, Pow<T>); elsewhere (a declaration) it names no call.
        var call = pow.Parent is SimpleNameSyntax name ? CallSyntax.CallOf(name) : null;
        return call?.ArgumentList.Arguments is not [var power, var exponent] || (CallSyntax.IsConstant(power.Expression) && !CallSyntax.IsConstant(exponent.Expression));
    }

    private static ControlFlowGraph? GraphOf(OperationBlockAnalysisContext context, IOperation block)
    {
        try
        {
            return context.GetControlFlowGraph(block);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Set once an exp call is seen in the block; safe if the driver runs operation actions concurrently.</summary>
    private sealed class Flag
    {
        private int _set;

        public bool IsSet => Volatile.Read(ref _set) == 1;

        public void Set() => Volatile.Write(ref _set, 1);
    }
}
